//! Line-end hyphens: whether a hyphen at a line break splits a word or
//! joins a compound, read from the words on both sides and the page.

use super::*;

impl Builder<'_> {
    /// Decides a line-end hyphen at byte `hpos` inside a URL or an e-mail
    /// address, the address going on at byte `next`.
    ///
    /// URLs and addresses carry hyphens of their own (`have-your-say`,
    /// `harbour-council.gov.uk`), typesetters break them at those, and
    /// style guides tell them never to add one: the hyphen stays, unless
    /// the page itself writes the word whole (`exam-` / `ple.org` where the
    /// page has `example` elsewhere), which shows a typesetter split it.
    pub(super) fn url_hyphen(&mut self, hpos: usize, next: usize) -> Hyphen {
        let input = self.input;
        let bytes = input.as_bytes();
        let alnum_before = |from: usize, hyphens: bool| {
            bytes[..from]
                .iter()
                .rposition(|&c| !(c.is_ascii_alphanumeric() || (hyphens && c == b'-')))
                .map_or(0, |i| i + 1)
        };
        let right_len = bytes[next..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - next);
        let right = &input[next..next + right_len];
        let word_start = alnum_before(hpos, false);
        let compound_start = alnum_before(hpos, true);
        if right.is_empty() || word_start == hpos {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
        let mut word = String::with_capacity(hpos - compound_start + right.len() + 1);
        for start in [word_start, compound_start] {
            word.clear();
            word.push_str(&input[start..hpos]);
            word.push_str(right);
            if lexicon.contains(word.as_str()) {
                return Hyphen::Drop(Reason::SplitWordPageWritesWhole);
            }
        }
        word.clear();
        word.push_str(&input[word_start..hpos + 1]);
        word.push_str(right);
        if lexicon.contains(word.as_str()) {
            return Hyphen::Keep(Reason::PageWritesHyphen);
        }
        Hyphen::Keep(Reason::CompoundHyphen)
    }

    /// Whether the page reads as `language`, read once (a few passes over
    /// the page) and only where a hyphen's decision asks.
    pub(super) fn reads(&mut self, language: Language) -> bool {
        let input = self.input;
        *self.languages[language as usize].get_or_insert_with(|| match language {
            Language::Dutch => reads_dutch(input),
            Language::Nordic => reads_nordic(input),
            Language::Slavic => reads_slavic(input),
            Language::Maltese => reads_maltese(input),
            Language::Catalan => reads_catalan(input),
            Language::English => reads_english(input),
            Language::Romanized => writes_romanized_names(input),
            Language::Portuguese => reads_portuguese(input),
            Language::Finnish => reads_finnish(input),
            Language::Hungarian => reads_hungarian(input),
        })
    }

    /// Decides a line-end hyphen at byte `hpos` followed by the word at `next`.
    pub(super) fn hyphen(&mut self, hpos: usize, next: usize) -> Hyphen {
        let input = self.input;
        let (word_start, left, right) = split_word(input, hpos, next);
        if !left.is_empty() && repeats_hyphen(&input[next..]) {
            return Hyphen::Drop(Reason::RepeatedHyphen);
        }
        let Some(first) = right.chars().next() else {
            return Hyphen::Keep(Reason::NoWordAfterHyphen);
        };
        if left.is_empty() {
            // A dash set off by a space (`nil --` / `nobody`).
            return Hyphen::KeepSpaced(Reason::Dash);
        }
        // A number (`38-jährigen`), or a lowercase word inside a compound
        // already hyphenated, short (`state-of-the-art`, `c'est-à-dire`;
        // not `Schleswig-Holstein-` + `sche`, `Kaiser-Wil-` + `helm`) or
        // with the compound going on after the next part
        // (`Wells-next-` / `the-Sea`; not `US-ameri-` / `kanisch`), keeps
        // it.
        // (Or after an English number, in words or figures: `four-year-` /
        // `old`; in figures, before a unit's word and a word of three
        // letters or more, `22-year-` / `old`, `10-minute-` / `walk`, not
        // `40-kilo-` / `metre`, `3-point-` / `er`; German splits inside a
        // number's word, `38-jäh-` / `rigen`.)
        let before = input[..word_start].strip_suffix(script::is_line_hyphen);
        let number_before = before.is_some_and(|s| {
            s.rsplit(|c: char| !c.is_alphabetic())
                .next()
                .is_some_and(english_number)
        }) || (before
            .is_some_and(|s| s.ends_with(|c: char| c.is_ascii_digit()))
            && right.chars().nth(2).is_some()
            && ENGLISH_UNITS.contains(&left)
            && self.reads(Language::English));
        let chained = input[..word_start].ends_with(script::is_line_hyphen)
            && left.chars().all(char::is_lowercase)
            && (left.chars().nth(3).is_none()
                || input[next + right.len()..].starts_with(script::is_line_hyphen)
                || number_before);
        // So does a compound going on after the next part in two hyphens
        // of its own or more (`Pont-` / `rhyd-y-groes`, `state-` /
        // `of-the-art`; not `quar-` / `ta-feira`, `Wil⸗` / `helm⸗Kanal`,
        // a word split inside a compound).
        let chained_on = right.chars().all(char::is_lowercase)
            && input[next + right.len()..]
                .strip_prefix(script::is_line_hyphen)
                .map(|rest| rest.trim_start_matches(char::is_alphabetic))
                .is_some_and(|rest| {
                    rest.strip_prefix(script::is_line_hyphen)
                        .is_some_and(|r| r.starts_with(char::is_alphabetic))
                });
        // So does a place's name going on after a particle to a capital
        // (`Estavayer-` / `le-Lac`, `Hôtel-` / `de-Ville`, `Frankfurt-` /
        // `am-Main`); not where the name goes on in lowercase.
        let place_particle = is_place_particle(right)
            && input[next + right.len()..]
                .strip_prefix(script::is_line_hyphen)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase));
        // So does a verb before two pronouns bound to it (`treure-` /
        // `se-les`, `dar-` / `se-lhe`), which no word split inside holds
        // (`quar-` / `ta-feira`).
        let bound_pronouns = is_bound_pronoun(right)
            && input[next + right.len()..]
                .strip_prefix(script::is_line_hyphen)
                .map(|rest| {
                    rest.split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("")
                })
                .is_some_and(is_bound_pronoun);
        // (And an ordinal or a figure with its unit: `21st-` / `century`,
        // `1990s-` / `style`.)
        if left.ends_with(|c: char| c.is_ascii_digit())
            || left.starts_with(|c: char| c.is_ascii_digit())
            || place_particle
            || chained
            || chained_on
            || bound_pronouns
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Dutch `en` (and) is an ending of German and French words
        // (`Frau-` / `en`): a conjunction on Dutch pages only.
        // Swedish, Danish and Norwegian (`tunnelbane-` / `och`) on their
        // pages only (`trav-` / `eller` is English `traveller`).
        let nordic = matches!(right, "och" | "eller" | "og") && self.reads(Language::Nordic);
        // A case ending after an abbreviation (`HGSS-` / `a`, `PZPN-` /
        // `u`): no conjunction.
        if right.chars().nth(1).is_none()
            && left.chars().nth(1).is_some()
            && left.chars().all(char::is_uppercase)
        {
            return Hyphen::Keep(Reason::HyphenAfterCapitals);
        }
        // Polish and Czech `i`, `a` (and): a typesetter never carries one
        // letter of a word to the next line, but Romanian and Portuguese
        // bind a pronoun or an article of one with a hyphen (`într-o`,
        // `de-a`, `deixou-a`).
        let slavic = matches!(right, "i" | "a") && self.reads(Language::Slavic);
        // English `to` between two compounds' parts (`one- to two-year`,
        // `pre- to post-war`), where it stands before a hyphenated word:
        // elsewhere it ends words split before it (Italian `elogia-` /
        // `to`).
        let to = right == "to"
            && input[next + 2..]
                .trim_start()
                .split(char::is_whitespace)
                .next()
                .is_some_and(|w| w.contains('-'));
        // German `sowohl Jugend-` / `als auch Seniorengruppe`: `als` before
        // `auch` joins two compounds' parts (`Materi-` / `als` is a split
        // word).
        let als_auch = right == "als"
            && input[next + 3..]
                .trim_start()
                .split(char::is_whitespace)
                .next()
                == Some("auch");
        // (Romanian binds its reflexive `și` to a negation, `nu-` /
        // `și`, and Hungarian its question's `e` to a verb, `megy-` /
        // `e`: no conjunctions there.)
        let bound = (right == "și" && matches!(left, "nu" | "Nu" | "să" | "Să" | "ce" | "Ce"))
            || (right == "e" && self.reads(Language::Hungarian));
        if bound {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        if (is_conjunction(right) && right != "to")
            || to
            || als_auch
            || nordic
            || slavic
            || (right == "en" && self.reads(Language::Dutch))
        {
            // Unless the page writes the word whole (`kro-` / `nor` beside
            // `kronor`, `Zo-` / `als` beside `zoals`).
            // (Dutch splits a word before a consonant and the vowel after
            // it, `fiet-` / `sen`: a consonant before `en` ends an elided
            // part, `fiets-` / `en voetpaden`, though the page writes
            // `fietsen`.)
            let dutch_part = right == "en" && left.ends_with(|c: char| !"aeiouyAEIOUY".contains(c));
            let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
            let whole = [left, right].concat();
            let lower = whole.to_lowercase();
            if !dutch_part && (lexicon.contains(&whole) || lexicon.contains(&lower)) {
                return Hyphen::Drop(Reason::SplitWordPageWritesWhole);
            }
            return Hyphen::KeepSpaced(Reason::ElidedCompoundPart);
        }
        // Any other word of one letter is bound to the word before it
        // (Romanian `într-o`, `de-a`, Portuguese `encontrou-o`): no split
        // word leaves a single letter to the next line.
        // (But French `aujour-` / `d'hui`, one word split before its
        // elided `d'`.)
        if right.chars().nth(1).is_none() && first.is_lowercase() {
            if right == "d" && matches!(left, "aujour" | "Aujour") {
                return Hyphen::Drop(Reason::SplitWord);
            }
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        // An abbreviation or word in capitals before a lowercase word
        // (`FN-` / `rapport`): a typesetter splitting a word in capitals
        // goes on in capitals.
        if first.is_lowercase()
            && left.chars().nth(1).is_some()
            && left.chars().all(char::is_uppercase)
        {
            return Hyphen::Keep(Reason::HyphenAfterCapitals);
        }
        // So does one in lowercase without a vowel (`tv-` / `serie`, `pc-`
        // / `spel`): no syllable a typesetter splits off lacks one, but in
        // Czech and Slovak, whose `r` and `l` make syllables (`vr-` /
        // `cholek`).
        if (2..=4).contains(&left.chars().count())
            && left.chars().all(|c| c.is_lowercase() && !is_vowel(c))
            && !self.reads(Language::Slavic)
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        if !first.is_lowercase() {
            return Hyphen::Keep(Reason::HyphenBeforeCapital);
        }
        // A Chinese given name romanized with a hyphen after its surname
        // (`Chen Yu-` / `ting`), glossed in characters after it or on a
        // page that writes such names whole (`Lin Chia-hao`).
        // (Glossed, the syllables may be Cantonese ones: `Tang Ka-` / `yee
        // (鄧嘉怡)`, `Ho Chun-` / `kit (何俊傑)`.)
        let gloss = || {
            input[next + right.len()..]
                .trim_start_matches(' ')
                .strip_prefix(['(', '（'])
                .and_then(|g| g.chars().next())
                .is_some_and(script::is_cjk)
        };
        let before = &input[..word_start];
        if (romanized_given_name(before, left, right, is_chinese_syllable)
            && (gloss() || self.reads(Language::Romanized)))
            || (romanized_given_name(before, left, right, is_syllable_shape) && gloss())
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Dutch sets a hyphen after a name in a compound (`Eemdijk-` /
        // `aanvoerder`), where German closes its nouns up (`Bahn-` /
        // `hof`): on a Dutch page, a name the page writes on its own
        // before a lowercase part (not a name split inside: `Alk-` /
        // `maar`).
        // Norwegian and Danish do so too (`Oslo-` / `området`, `Ruter-` /
        // `billett`).
        // (The page's words first: they are read for the hyphen anyway,
        // where the languages are read only for this.)
        if left.starts_with(char::is_uppercase) {
            let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
            let name = lexicon.contains(left) && !lexicon.contains([left, right].concat().as_str());
            if name && (self.reads(Language::Dutch) || self.reads(Language::Nordic)) {
                return Hyphen::Keep(Reason::CompoundHyphen);
            }
        }
        // The page's own spelling decides where it shows the word, at the
        // start of a sentence or a name too (`co-` / `operative` beside
        // `Prairie Grain Co-operative`).
        let lexicon = self.lexicon.get_or_insert_with(|| lexicon::words(input));
        let mut chars = left.chars();
        let capital: String = chars
            .next()
            .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect());
        // Whole, then with each hyphen a word may carry, in one buffer.
        let mut word = String::with_capacity(left.len() + right.len() + 3);
        for (i, h) in ["", "-", "⸗", "‐"].into_iter().enumerate() {
            for left in [left, capital.as_str()] {
                word.clear();
                word.extend([left, h, right]);
                if lexicon.contains(word.as_str()) {
                    return if i == 0 {
                        Hyphen::Drop(Reason::SplitWordPageWritesWhole)
                    } else {
                        Hyphen::Keep(Reason::PageWritesHyphen)
                    };
                }
            }
        }
        // An inflected form of a compound the page writes with the hyphen
        // (`polsko-` / `niemieckiej` beside `polsko-niemiecka`): the same
        // first part, and the next part with the same stem.
        if right.chars().nth(lexicon::COMPOUND_STEM - 1).is_some() {
            let stem_len = right
                .char_indices()
                .nth(lexicon::COMPOUND_STEM)
                .map_or(right.len(), |(i, _)| i);
            let compounds = self
                .compounds
                .get_or_insert_with(|| lexicon::compound_stems(lexicon));
            for h in ["-", "⸗", "‐"] {
                word.clear();
                word.extend([left, h, &right[..stem_len]]);
                if compounds.contains(word.as_str()) {
                    return Hyphen::Keep(Reason::PageWritesHyphen);
                }
            }
        }
        // Dutch `oud-` (former: `Oud-burgemeester`) before a word of its
        // own; shorter parts end words split there (`oud-` / `ste`).
        let former = left.eq_ignore_ascii_case("oud")
            && right.chars().nth(FORMER_WORD - 1).is_some()
            && self.reads(Language::Dutch);
        // One consonant before the hyphen (`x-` / `ray`): no syllable of a
        // split word is a consonant alone, so the hyphen is the word's own;
        // so is `e-` before an electronic thing (`e-` / `post`), where a
        // vowel alone may be a syllable (Italian `a-` / `perto`).
        let letter = left.chars().nth(1).is_none()
            && left.chars().all(|c| {
                (c.is_alphabetic() && !"aeiouAEIOU".contains(c))
                    || (matches!(c, 'e' | 'E') && E_WORDS.iter().any(|w| right.starts_with(w)))
            });
        if is_hyphenated_prefix(left)
            || former_holder(left, right)
            || former
            || letter
            || compound_parts(left, right)
            || (english_prefix(left, right) && self.reads(Language::English))
        {
            return Hyphen::Keep(Reason::HyphenatedPrefix);
        }
        // Two Romance adjectives in `-ico` / `-ica` (`teórico-` /
        // `práctico`, `politico-` / `economica`): a split word's first part
        // ends no such adjective.
        // (And `socio-` before a whole adjective of a few stems, `socio-`
        // / `sanitaria`, `socio-` / `economico`; not `socio-` / `logico`.)
        let adjectives = (left.chars().nth(4).is_some()
            && (left.ends_with("ico") || left.ends_with("ica"))
            && right.chars().nth(3).is_some()
            && right.contains("ic"))
            || (left.eq_ignore_ascii_case("socio")
                && [
                    "sanitari",
                    "economic",
                    "económic",
                    "politic",
                    "polític",
                    "cultural",
                    "assistenzial",
                    "educativ",
                    "ambiental",
                    "affettiv",
                    "lavorativ",
                ]
                .iter()
                .any(|e| right.starts_with(e)));
        let vowel_prefix = (english_vowel_prefix(left, right)
            || english_number_compound(left, right)
            || english_participle_compound(left, right))
            && self.reads(Language::English);
        if english_compound(left, right)
            || national_compound(left, right)
            || adjectives
            || vowel_prefix
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Catalan binds a pronoun to an infinitive (`donar-` / `li`, `fer-`
        // / `ho`); a Slavic adjective joins another by `-o` (`hrvatsko-` /
        // `slovenske`); Maltese binds its article (`għall-` / `bejgħ`).
        // (And writes its tens with a hyphen, `quaranta-` / `dues`, which
        // Italian closes up, `quarantadue`: on a Catalan page.)
        // (On a Catalan page, every pronoun after an infinitive, `tapar-`
        // / `lo`, `desviar-` / `ne`: Spanish splits its words so,
        // `tapar-` / `lo` for `taparlo`. Not after a syllable of three
        // letters, `per-` / `la`, `mer-` / `la`, but the short verbs'.
        // And its hundreds, `vuit-` / `cents`.)
        // (Or in `-re`: `veure-` / `ho`, `prendre-` / `la`.)
        let lowercase = left.chars().all(char::is_lowercase);
        let infinitive = lowercase && left.ends_with('r');
        let long = left.chars().nth(3).is_some();
        let long_infinitive = (infinitive
            && (long || matches!(left, "fer" | "dir" | "dur" | "ser")))
            || (lowercase && long && left.ends_with("re"));
        let catalan = (matches!(right, "li" | "ho" | "hi" | "les" | "los") && infinitive)
            || (is_bound_pronoun(right) && long_infinitive && self.reads(Language::Catalan))
            || (matches!(
                left,
                "dos" | "tres" | "quatre" | "cinc" | "sis" | "set" | "vuit" | "nou"
            ) && matches!(right, "cents" | "centes")
                && self.reads(Language::Catalan))
            || (matches!(
                left,
                "vint"
                    | "trenta"
                    | "quaranta"
                    | "cinquanta"
                    | "seixanta"
                    | "setanta"
                    | "vuitanta"
                    | "noranta"
            ) && self.reads(Language::Catalan));
        // (And colours' combining forms: `biało-` / `czerwone`, `czarno-`,
        // `zielono-`.)
        let slavic_adjective = [
            "sko", "cko", "čko", "ško", "žko", "biało", "czarno", "zielono", "czerwono",
        ]
        .iter()
        .any(|e| left.ends_with(e))
            && right.chars().nth(3).is_some()
            && self.reads(Language::Slavic);
        let maltese = is_maltese_article(left) && self.reads(Language::Maltese);
        // Finnish hyphenates a compound whose parts meet at one vowel
        // (`linja-` / `autossa`, `meri-` / `ilma`).
        let finnish = left
            .chars()
            .next_back()
            .is_some_and(|c| is_vowel(c) && right.starts_with(c))
            && left.chars().nth(2).is_some()
            && self.reads(Language::Finnish);
        if catalan || slavic_adjective || maltese || finnish {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        if reduplicated(left, right) {
            return Hyphen::Keep(Reason::ReduplicatedWord);
        }
        // Dutch sets a hyphen in a compound where the parts' vowels would
        // read as one (`auto-ongeluk`, `zee-egels`); inside a word it sets
        // a diaeresis there instead (`coördinatie`), which a typesetter
        // drops at a break (`co-` / `ordinatie`): the hyphen is the
        // lesser error. German closes such compounds (`Kaffeeernte`).
        if vowels_clash(left, right) && self.reads(Language::Dutch) {
            return Hyphen::Keep(Reason::VowelClash);
        }
        if is_compass_point(left, right) {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // Portuguese weekdays (`quarta-` / `feira`).
        // (A French subject pronoun follows a verb in `-s`, `-x`, `-t`,
        // `-d`, `-z`: `peux-tu`, `dit-il`, `suis-je`, `ai-je`,
        // `rendez-vous`; not the Polish `projek-` / `tu`.)
        let subject = matches!(
            right,
            "je" | "tu" | "il" | "ils" | "elle" | "elles" | "nous" | "vous"
        );
        let verb = left.ends_with(['s', 'x', 't', 'd', 'z']) || left == "ai";
        // (Portuguese binds `-los`, `-las` to a form ending in a vowel,
        // `parti-` / `los`; after a consonant they end a word, German
        // `kosten-` / `los`; German `ruhe-` / `los` is left to the page's
        // own spelling.)
        let article = matches!(right, "los" | "las")
            && left.chars().next_back().is_some_and(|c| !is_vowel(c));
        // (Portuguese and Catalan bind `nos`, `vos`, `nas`, `deu-` / `nos`;
        // Spanish writes them closed up and splits words before them,
        // `alum-` / `nos`, `veci-` / `nos`.)
        // (Where they do, only after a verb's ending, `deu-` / `nos`,
        // `levou-` / `nos`, `viram-` / `nas`: far more words split before
        // them, `me-` / `nos`, `alu-` / `nos`, `ape-` / `nas`, `sema-` /
        // `nas`.)
        let unbound_plural = matches!(right, "nos" | "vos" | "nas")
            && !((self.reads(Language::Portuguese) || self.reads(Language::Catalan))
                && ends_as_bound_verb(left, right));
        if (is_hyphenated_particle(right) && (!subject || verb) && !article && !unbound_plural)
            || right.starts_with("feira")
            || (is_enclitic_pronoun(right) && left.ends_with(is_stressed_vowel))
            || (is_reflexive_pronoun(right) && ends_in_portuguese_verb(left))
            || (right == "t" && is_inverted_t(&input[next + 1..]))
            // (A verb in the present before `se`, `realiza-` / `se`, on a
            // Portuguese page: the words ending so, `fra-` / `se`,
            // `metásta-` / `se`, are short or bear an accent.)
            || (right == "se"
                && left.len() >= 5
                && left.ends_with('a')
                && left.bytes().all(|b| b.is_ascii_lowercase())
                && self.reads(Language::Portuguese))
            // (So is an infinitive before `se`: `realizar-` / `se`; not
            // before `me` or `te`, which end many words split there:
            // `afir-` / `me`, `conver-` / `te`.)
            || (right == "se"
                && left.len() >= 5
                && ["ar", "er", "ir"].iter().any(|e| left.ends_with(e))
                && self.reads(Language::Portuguese))
        {
            return Hyphen::Keep(Reason::HyphenatedParticle);
        }
        // A Portuguese compound of `guarda` and a noun (`guarda-` /
        // `vidas`, `guarda-` / `chuva`), on a Portuguese page: Italian
        // splits its verbs there (`guarda-` / `vano`).
        // So are `meio-` / `dia` and `meia-` / `noite`.
        let half = ["meio", "meia"]
            .iter()
            .any(|h| left.eq_ignore_ascii_case(h));
        if (left.eq_ignore_ascii_case("guarda") && right.chars().nth(3).is_some()
            || half && right.chars().nth(2).is_some())
            && self.reads(Language::Portuguese)
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        // French `petite-fille`, `petites-filles`, and grandparents
        // (`grand-père`, `grands-parents`; English closes `grandfather`).
        let kin = |k: &[&str]| k.iter().any(|w| right.starts_with(w));
        if (matches!(left, "petite" | "petites") && kin(&["fille"]))
            || (matches!(left, "grand" | "grande" | "grands" | "grandes")
                && kin(&["père", "mère", "parent", "oncle", "tante"]))
        {
            return Hyphen::Keep(Reason::CompoundHyphen);
        }
        Hyphen::Drop(Reason::SplitWord)
    }
}

/// The languages whose ways with hyphens [`Builder::hyphen`] asks a page
/// about.
#[derive(Clone, Copy)]
pub(super) enum Language {
    /// Dutch (or Afrikaans): see [`reads_dutch`].
    Dutch,
    /// Swedish, Danish or Norwegian: see [`reads_nordic`].
    Nordic,
    /// Polish, Czech, Slovak or Croatian: see [`reads_slavic`].
    Slavic,
    /// Maltese: see [`reads_maltese`].
    Maltese,
    /// Catalan: see [`reads_catalan`].
    Catalan,
    /// English: see [`reads_english`].
    English,
    /// Chinese given names romanized with a hyphen: see
    /// [`writes_romanized_names`].
    Romanized,
    /// Portuguese: see [`reads_portuguese`].
    Portuguese,
    /// Finnish: see [`reads_finnish`].
    Finnish,
    /// Hungarian: see [`reads_hungarian`].
    Hungarian,
}

impl Language {
    /// How many there are.
    pub(super) const COUNT: usize = 10;
}

/// Words that `e-` (electronic) makes a compound of (`e-post`,
/// `e-Government` is told by its capital).
pub(super) const E_WORDS: [&str; 12] = [
    "mail", "post", "book", "bike", "commerce", "sport", "scooter", "ticket", "learning",
    "banking", "health", "handel",
];

/// Shortest word, in characters, after Dutch `oud-` (former) read as a
/// word of its own (`burgemeester`, `minister`).
pub(super) const FORMER_WORD: usize = 6;

/// Shortest half, in characters, of a reduplicated word read by
/// [`reduplicated`]: shorter halves repeat inside plain words split at a
/// syllable (`mur-` / `mur`, `bon-` / `bon`).
pub(super) const REDUPLICATED_HALF: usize = 4;

/// The two sides of a line-end hyphen are the same word (`reco-` / `reco`,
/// `quero-` / `quero`, `Tico-` / `tico`), of at least
/// [`REDUPLICATED_HALF`] letters (or a Hungarian numeral shared out,
/// `egy-egy`), or the second repeats the first after a syllable of its own
/// (`malo-` / `pomalo`), or with one vowel changed (`xino-` / `xano`): a
/// reduplicated word, written with its hyphen (the
/// caller has already let the page's own spelling decide).
pub(super) fn reduplicated(left: &str, right: &str) -> bool {
    // (Hungarian doubles its numerals to share out: `egy-egy`, `két-két`;
    // Indonesian and Malay double short words for a plural: `ibu-ibu`.)
    let same = (right.chars().nth(REDUPLICATED_HALF - 1).is_some()
        || matches!(
            right,
            "egy" | "két" | "ibu" | "dua" | "tiga" | "hal" | "apa"
        ))
        && left.len() == right.len()
        && left.chars().flat_map(char::to_lowercase).eq(right.chars());
    // (Or repeated after a syllable of its own, Croatian `malo-` /
    // `pomalo`: a part of four letters at least, a prefix of one to
    // three.)
    let echoed = left.chars().nth(REDUPLICATED_HALF - 1).is_some()
        && right.len() > left.len()
        && right.ends_with(left)
        && right[..right.len() - left.len()].chars().count() <= 3;
    // (Or with one vowel changed, of three letters or more: `xino-` /
    // `xano`, `zig-` / `zag`, `ping-` / `pong`.)
    let vowel = |c: char| "aeiouAEIOU".contains(c);
    let ablaut = left.chars().nth(2).is_some()
        && left.len() == right.len()
        && left.is_ascii()
        && right.is_ascii()
        && left
            .bytes()
            .zip(right.bytes())
            .filter(|(a, b)| a != b)
            .count()
            == 1
        && left
            .bytes()
            .zip(right.bytes())
            .all(|(a, b)| a == b || (vowel(char::from(a)) && vowel(char::from(b))));
    same || echoed || ablaut
}

/// A decision on a line-end hyphen, with its reason.
pub(super) enum Hyphen {
    Drop(Reason),
    Keep(Reason),
    KeepSpaced(Reason),
}

/// An English compound adjective both of whose parts are common ones
/// (`long-` / `term`, `state-` / `owned`, `part-` / `time`): a first part
/// and a second part that English writes with a hyphen before a noun.
/// Both must match, so that `state-` / `ment` or `over-` / `time` close up.
/// And `great-` before a kinship word (`great-` / `grandchildren`).
pub(super) fn english_compound(left: &str, right: &str) -> bool {
    // A participle English sets after any noun with a hyphen
    // (`Cardiff-based`, `pipe-borne`, `council-funded`), after a first
    // part of four letters or more (not a prefix split off: `de-` /
    // `based`).
    // (And `friendly` after any part of three letters or more, a prefix
    // too: `eco-` / `friendly`; not `un-` / `friendly`.)
    if right == "friendly" && left.chars().nth(2).is_some() {
        return true;
    }
    if left.chars().nth(3).is_some()
        && matches!(
            right,
            "based"
                | "borne"
                | "funded"
                | "backed"
                | "friendly"
                | "related"
                | "owned"
                | "affected"
                | "damaged"
                | "stricken"
                | "ravaged"
                | "hit"
                // (`match-winning`, `industry-leading`.)
                | "winning"
                | "leading"
        )
    {
        return true;
    }
    // (Or `making` after a noun, but for the crafts English writes whole:
    // `decision-` / `making`, not `dress-` / `making`.)
    if right == "making"
        && left.chars().nth(3).is_some()
        && !with_lowercase(left, |w| {
            matches!(
                w,
                "dress"
                    | "shoe"
                    | "wine"
                    | "peace"
                    | "match"
                    | "trouble"
                    | "merry"
                    | "love"
                    | "home"
                    | "watch"
                    | "clock"
                    | "paper"
                    | "cheese"
                    | "glass"
            )
        })
    {
        return true;
    }
    // A verb and its particle made a noun (`tidy-` / `ups`, `follow-` /
    // `up`, `build-` / `up`).
    if matches!(right, "up" | "ups")
        && with_lowercase(left, |w| {
            matches!(
                w,
                "tidy"
                    | "follow"
                    | "build"
                    | "back"
                    | "mix"
                    | "warm"
                    | "check"
                    | "clean"
                    | "line"
                    | "start"
                    | "pick"
                    | "round"
                    | "break"
                    | "sit"
                    | "push"
                    | "press"
                    | "cover"
                    | "mock"
                    | "make"
                    | "grown"
                    | "top"
                    | "pile"
                    | "run"
                    | "shake"
            )
        })
    {
        return true;
    }
    // An adverb before a participle (`much-` / `loved`, `ill-` /
    // `fated`, `above-` / `named`, `hard-` / `won`, `long-` / `awaited`, `well-` /
    // `established`; a participle in `-ing` after `long`, `far`: `long-`
    // / `standing`, `far-` / `reaching`), of five letters or more (not an
    // ending split off: `long-` / `ed`).
    let participle =
        right.chars().nth(4).is_some() && (right.ends_with("ed") || right.ends_with("en"));
    if with_lowercase(left, |w| {
        matches!(
            w,
            "much" | "ill" | "ever" | "never" | "hard" | "fast" | "newly" | "above"
        )
    }) && (right.ends_with("ed") || right.ends_with("en") || right == "won")
    {
        return true;
    }
    if with_lowercase(left, |w| matches!(w, "long" | "well" | "far" | "short"))
        && (participle || (right.chars().nth(4).is_some() && right.ends_with("ing")))
    {
        return true;
    }
    // Made by hand (`hand-` / `stitched`, `hand-` / `knitted`, `hand-` /
    // `painted`); a word split after `hand` goes on shorter or otherwise
    // (`hand-` / `some`, `hand-` / `led`).
    if left.eq_ignore_ascii_case("hand") && participle && right.ends_with("ed") {
        return true;
    }
    // English compounds that keep their hyphen in British use, and a few
    // that no word split there makes.
    if with_lowercase(left, |w| {
        matches!(
            (w, right),
            ("drink", "driving" | "driver" | "drivers")
                | ("hat", "trick" | "tricks")
                | ("lamp", "post" | "posts")
                | ("half", "time" | "term")
                | ("co", "ordinator" | "ordinators" | "ordinated" | "operation")
                | ("grass", "roots")
                | ("hire", "purchase")
                | ("long", "overdue" | "lost" | "haul" | "distance")
                | ("single", "celled" | "handed" | "minded" | "storey" | "use")
                | ("dash", "cam" | "cams")
                | ("walk", "in" | "ins")
                // (And Portuguese ones the language always hyphenates.)
                | ("ar", "condicionado" | "condicionados")
                | ("guarda", "chuva" | "chuvas" | "roupa" | "roupas" | "costas")
                | ("bem", "vindo" | "vinda" | "vindos" | "vindas" | "estar")
        )
    }) {
        return true;
    }
    if left.eq_ignore_ascii_case("great")
        && ["grand", "aunt", "uncle", "niece", "nephew"]
            .iter()
            .any(|k| right.starts_with(k))
    {
        return true;
    }
    // (A word with other letters than ASCII is none of these.)
    let first = left.is_ascii()
        && with_lowercase(left, |w| {
            matches!(
                w,
                "long"
                    | "short"
                    | "state"
                    | "full"
                    | "part"
                    | "large"
                    | "small"
                    | "high"
                    | "low"
                    | "home"
                    | "tax"
                    | "city"
                    | "world"
                    | "record"
                    | "first"
                    | "second"
                    | "third"
                    | "last"
                    | "after"
                    | "one"
                    | "ten"
                    | "twenty"
                    | "thirty"
                    | "fifty"
            ) || english_number(w)
        });
    first
        && matches!(
            right,
            "term"
                | "third"
                | "thirds"
                | "quarters"
                | "fifth"
                | "fifths"
                | "owned"
                | "run"
                | "based"
                | "time"
                | "scale"
                | "level"
                | "made"
                | "free"
                | "class"
                | "rate"
                | "range"
                | "lived"
                | "year"
                | "month"
                | "week"
                | "day"
                | "hour"
                | "minute"
                | "party"
                | "lying"
                | "paid"
                | "profile"
                | "risk"
                | "speed"
                | "rise"
                | "end"
                | "income"
                | "quality"
                | "ranking"
                | "quarter"
                | "hours"
                | "school"
                | "half"
                | "round"
                | "floor"
                | "generation"
                | "storey"
                | "story"
                | "bedroom"
                | "lane"
                | "member"
                | "seat"
                | "star"
                | "point"
                | "page"
                | "mile"
                | "acre"
                | "hectare"
                | "man"
                | "person"
                | "stage"
                | "game"
                | "match"
        )
}

/// A compound of two nations' adjectives (`italo-` / `francese`, `franco-`
/// / `español`, `luso-` / `brasileiro`, `anglo-` / `american`): a
/// combining form of a nation before an adjective of one (told by its
/// ending), so that `franco-` / `phone` closes up; or two German colours,
/// a coalition's or a club's (`rot-` / `grüne`, `schwarz-` / `gelbe`).
pub(super) fn national_compound(left: &str, right: &str) -> bool {
    let colour = |w: &str| {
        ["rot", "schwarz", "grün", "gelb", "blau", "weiß", "weiss"]
            .iter()
            .any(|c| w.starts_with(c))
    };
    if with_lowercase(left, |w| {
        matches!(
            w,
            "rot" | "schwarz" | "grün" | "gelb" | "blau" | "weiß" | "weiss"
        )
    }) && colour(right)
    {
        return true;
    }
    // (Hungarian joins two nations' names whole: `osztrák-` / `magyar`,
    // `német-` / `francia`.)
    const HUNGARIAN: [&str; 16] = [
        "magyar", "osztrák", "német", "francia", "angol", "orosz", "lengyel", "román", "szlovák",
        "cseh", "horvát", "szerb", "olasz", "spanyol", "török", "ukrán",
    ];
    if with_lowercase(left, |w| HUNGARIAN.contains(&w))
        && with_lowercase(right, |w| HUNGARIAN.iter().any(|n| w.starts_with(n)))
    {
        return true;
    }
    let nation = with_lowercase(left, |w| {
        matches!(
            w,
            "italo"
                | "ítalo"
                | "franco"
                | "hispano"
                | "ispano"
                | "luso"
                | "anglo"
                | "germano"
                | "greco"
                | "russo"
                | "ruso"
                | "sino"
                | "austro"
                | "afro"
                | "indo"
                | "polacco"
        )
    });
    nation
        && right.chars().nth(4).is_some()
        && [
            "ese", "esi", "ano", "ani", "ana", "ane", "ais", "aise", "ois", "oise", "ol", "ola",
            "oles", "ês", "és", "esa", "eiro", "eira", "ico", "ica", "ino", "ina", "ian", "ish",
            "can", "desco", "desca", "deschi", "desche",
        ]
        .iter()
        .any(|e| right.ends_with(e))
}

/// `text` opens a CJK quotation or bracket it does not close (`「本屋が
/// ない町で`).
pub(super) fn open_quote(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '「' | '『' | '（' | '【' | '《' | '〈' | '“' => depth += 1,
            '」' | '』' | '）' | '】' | '》' | '〉' | '”' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Words after which a hyphen marks an elided compound part
/// (`Erziehungs⸗ und Zwangarbeit⸗Inſtitute`, Polish `dwu- i trzyletnie`,
/// Hungarian `kis- és középvállalkozások`). (Finnish `ja` and `tai` also
/// end words split before them: `opetta-` / `ja`, `maanan-` / `tai`.)
pub(super) fn is_conjunction(word: &str) -> bool {
    matches!(
        word,
        "und"
            | "oder"
            | "bzw"
            | "sowie"
            | "wie"
            | "bis"
            | "noch"
            | "and"
            | "or"
            | "nor"
            | "to"
            | "et"
            | "ou"
            | "u"
            | "e"
            | "y"
            | "és"
            | "vagy"
            | "illetve"
            | "și"
            | "sau"
            | "oraz"
            | "lub"
            | "albo"
            | "nebo"
            | "ani"
    )
}

/// Words that follow a hyphen as a pronoun or particle bound to the word
/// before (Portuguese `disse-lhes`, `vê-se`; French `dit-il`, `peut-être`,
/// `celle-là`, `lui-même`): a typesetter's split never leaves so short or
/// so set a part on the next line.
pub(super) fn is_hyphenated_particle(word: &str) -> bool {
    // Not the two-letter ones that also end words a typesetter splits
    // (German `Ro-se`, `Stra-ße`): `se`, `me`, `la`, `no` …
    matches!(
        word,
        "lhe"
            | "lhes"
            | "nos"
            | "vos"
            | "los"
            | "las"
            | "nas"
            | "il"
            | "elle"
            | "ils"
            | "elles"
            | "je"
            | "tu"
            | "nous"
            | "vous"
            | "moi"
            | "toi"
            | "là"
            | "ci"
            | "être"
            | "même"
            | "mêmes"
    )
}

/// The articles and prepositions that join the parts of a place's name
/// (`Estavayer-le-Lac`, `Hôtel-de-Ville`, `Châlons-en-Champagne`,
/// `Frankfurt-am-Main`, `Stratford-upon-Avon`).
pub(super) fn is_place_particle(word: &str) -> bool {
    matches!(
        word,
        "le" | "la"
            | "les"
            | "de"
            | "du"
            | "des"
            | "en"
            | "sur"
            | "sous"
            | "lès"
            | "aux"
            | "au"
            | "am"
            | "an"
            | "im"
            | "upon"
            | "on"
            | "di"
            | "del"
            | "dos"
            | "da"
    )
}

/// Words that stand before a hyphen as the first part of a compound
/// (`self-funded`, `well-known`, `vingt-cinq`, `porte-parole`,
/// `bem-vindos`) and are not where a typesetter would split a longer word.
pub(super) fn is_hyphenated_prefix(word: &str) -> bool {
    with_lowercase(word, |w| {
        matches!(
            w,
            "self"
            | "all"
            | "well"
            | "half"
            | "vice"
            | "vingt"
            | "trente"
            | "quarante"
            | "cinquante"
            | "soixante"
            // (Belgian and Swiss French: `septante-` / `huit`.)
            | "septante"
            | "huitante"
            | "octante"
            | "nonante"
            | "porte"
            | "demi"
            | "arrière"
            // French kin (`petit-fils`, `petits-enfants`; `petite-fille`
            // below: `petite-` / `ment` is split).
            | "petit"
            | "petits"
            // French `après-midi`, `avant-hier`, `sans-abri`: no French
            // word goes on from these closed up.
            | "après"
            | "avant"
            | "sans"
            | "dix"
            | "quatre"

            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            // Portuguese (`bem-vindos`, `recém-nascido`, `pós-guerra`).
            | "bem"
            | "recém"
            | "além"
            | "pós"
            | "pró"
        )
    })
}

/// A compound's parts that keep their hyphen at a line's end, where no
/// word is split: French `vide-` / `greniers`, `casse-` / `tête`,
/// `garde-` / `manger`, `centre-` / `ville` (not `casse-` / `role`,
/// `garde-` / `rie`, which close up), and a compass point before `facing`
/// (`south-` / `facing`).
pub(super) fn compound_parts(left: &str, right: &str) -> bool {
    let right = right.strip_suffix('s').unwrap_or(right);
    with_lowercase(left, |w| {
        matches!(
            (w, right),
            ("vide", "grenier" | "ordure")
                | ("casse", "tête" | "croûte" | "cou" | "noix")
                | (
                    "garde",
                    "manger" | "fou" | "côte" | "corp" | "boue" | "chasse" | "malade" | "barrière"
                )
                | ("centre", "ville")
                | ("north" | "south" | "east" | "west", "facing")
        )
    })
}

/// `ex-` before a post, a role or a partner (`ex-` / `minister`, `ex-` /
/// `wife`, `Ex-` / `Bundeskanzler`, `ex-` / `sindaco`): a former holder.
/// A word split after `ex` goes on otherwise (`ex-` / `perienced`, `ex-` /
/// `aminer`, `ex-` / `pressway`).
pub(super) fn former_holder(left: &str, right: &str) -> bool {
    // (In the languages the crate reads: `ex-` / `gedeputeerde`, `ex-` /
    // `allenatore`, `ex-` / `jugador`.)
    const HOLDERS: [&str; 60] = [
        "wife",
        "husband",
        "partner",
        "boyfriend",
        "girlfriend",
        "fianc",
        "spouse",
        "presid",
        "minist",
        "premier",
        "prime",
        "chancellor",
        "mayor",
        "governor",
        "senator",
        "chair",
        "chief",
        "ceo",
        "boss",
        "direct",
        "manager",
        "coach",
        "player",
        "champion",
        "captain",
        "member",
        "officer",
        "soldier",
        "convict",
        "employee",
        "official",
        "leader",
        "teammate",
        "colleague",
        "councill",
        "secretar",
        "commission",
        "judge",
        "editor",
        "femme",
        "mari",
        "sindac",
        "maire",
        "alcalde",
        "gedeput",
        "burgemeester",
        "wethouder",
        "vrouw",
        "voorzitter",
        "trainer",
        "speler",
        "kampioen",
        "allenat",
        "giocat",
        "calciat",
        "compagn",
        "moglie",
        "jugador",
        "entrenador",
        "deputat",
    ];
    left.eq_ignore_ascii_case("ex")
        && (right.starts_with(char::is_uppercase) || HOLDERS.iter().any(|h| right.starts_with(h)))
}

/// An English prefix that keeps its hyphen before a whole word of four
/// letters or more in British use (`non-` / `executive`, `semi-` /
/// `detached`), but for the words written closed everywhere (`non-` /
/// `sense`, `semi-` / `nary`, `semi-` / `conductor`): asked on English
/// pages only.
pub(super) fn english_prefix(left: &str, right: &str) -> bool {
    const CLOSED: [&str; 13] = [
        "nole",
        "sens",
        "etheless",
        "chalant",
        "descript",
        "entit",
        "profit",
        "partisan",
        "nar",
        "conductor",
        "final",
        "circl",
        "colon",
    ];
    right.chars().nth(3).is_some()
        && with_lowercase(left, |w| matches!(w, "non" | "semi"))
        && !CLOSED.iter().any(|c| right.starts_with(c))
}

/// Calls `f` on `word` in lower case ([`str::to_lowercase`]): a short
/// ASCII word (every word the lists of prefixes and first parts hold, and
/// most words) lowered in a buffer on the stack, without allocating.
/// A property test checks that both ways agree.
pub(super) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 16];
    if let Some(b) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        if let Ok(w) = core::str::from_utf8(b) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// A vowel of a Latin-script language, `y` among them.
fn is_vowel(c: char) -> bool {
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
        || (!c.is_ascii() && "àáâãäåæèéêëìíîïòóôõöøùúûüýÿœăąęěůőűāēīōūıơư".contains(c))
}

/// Whether joining `left` and `right` would set two vowels side by side
/// that Dutch reads as one sound (`o` + `o`, `e` + `e`, `a` + `u`, `e` +
/// `i` …).
pub(super) fn vowels_clash(left: &str, right: &str) -> bool {
    let (Some(a), Some(b)) = (left.chars().next_back(), right.chars().next()) else {
        return false;
    };
    matches!(
        (a.to_ascii_lowercase(), b),
        ('a', 'a' | 'e' | 'i' | 'u')
            | ('e', 'e' | 'i' | 'u')
            | ('i', 'e' | 'i')
            | ('o', 'e' | 'i' | 'o' | 'u')
            | ('u', 'i' | 'u')
    )
}

/// Whether `input` reads as Swedish, Danish or Norwegian: `och`, `og`,
/// `att`, `det`, `ikke`, `inte`, `på` at least three times, and more often than
/// English and German's commonest words.
pub(super) fn reads_nordic(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let nordic = count(" och ")
        + count(" og ")
        + count(" att ")
        + count(" det ")
        + count(" ikke ")
        + count(" inte ")
        + count(" på ");
    nordic >= 3 && nordic > count(" the ") + count(" and ") + count(" der ") + count(" und ")
}

/// Whether `input` reads as Catalan: `amb`, `els`, `dels` and `és`, which
/// neither Spanish nor Italian writes, at least three times.
pub(super) fn reads_catalan(input: &str) -> bool {
    holds_words(input, &[" amb ", " els ", " dels ", " és "], 3)
}

/// Whether `input` holds the marks `words` (each with its spaces) `least`
/// times at least, all told: a language's commonest words that no
/// neighbour writes.
fn holds_words(input: &str, words: &[&str], least: usize) -> bool {
    let mut found = 0;
    for w in words {
        found += memmem::find_iter(input.as_bytes(), w.as_bytes())
            .take(least - found)
            .count();
        if found >= least {
            return true;
        }
    }
    false
}

/// A Maltese article, assimilated or not, that binds the next word with
/// a hyphen (`il-`, `tal-`, `għall-`, `ir-`, `ix-`).
pub(super) fn is_maltese_article(word: &str) -> bool {
    matches!(
        word,
        "il" | "l"
            | "tal"
            | "tas"
            | "tat"
            | "tar"
            | "tad"
            | "taż"
            | "tax"
            | "għall"
            | "għal"
            | "fil"
            | "fl"
            | "mill"
            | "mil"
            | "bil"
            | "lill"
            | "sal"
            | "mal"
            | "ir"
            | "is"
            | "it"
            | "id"
            | "ix"
            | "iż"
            | "in"
            | "iċ"
            | "iz"
            | "Il"
            | "Tal"
            | "Ir"
            | "Is"
            | "It"
    )
}

/// Whether `input` reads as Maltese: at least three of its letters `ħ`
/// and `għ`, which no other language writes.
pub(super) fn reads_maltese(input: &str) -> bool {
    input.matches(['ħ', 'Ħ']).take(3).count() + input.matches("għ").take(3).count() >= 3
}

/// Whether `input` reads as Polish, Czech, Slovak or Croatian: at least
/// three of the letters those write and Romanian, Hungarian and Turkish
/// do not (`ł`, `ą`, `ę`, `ř`, `ě`, `ů`, `č`, `š`, `ž` …).
pub(super) fn reads_slavic(input: &str) -> bool {
    /// Letters read as the sign of one of these languages.
    const LETTERS: &str = "łŁąęśźżćńěřůčšžđĄĘŚŹŻĆŃĚŘŮČŠŽĐ";
    input
        .chars()
        .filter(|&c| LETTERS.contains(c))
        .nth(2)
        .is_some()
}

/// Whether `input` reads as Dutch (or Afrikaans): the articles `het` and
/// `een`, which neither English nor German has, at least three times, and
/// more often than English and German's commonest words (`the`, `and`,
/// `der`, `und`). A few passes over the page, once.
pub(super) fn reads_dutch(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let dutch = count(" het ") + count(" een ");
    dutch >= 3 && dutch > count(" the ") + count(" and ") + count(" der ") + count(" und ")
}

/// Whether `input` reads as English: `the` and `and` at least three times,
/// and more often than the articles and prepositions of the languages
/// that close up what English hyphenates (`de`, `la`, `der`, `het`).
pub(super) fn reads_english(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let english = count(" the ") + count(" and ");
    english >= 3 && english > count(" de ") + count(" la ") + count(" der ") + count(" het ")
}

/// English words of a unit after a number in figures, which a compound
/// goes on from (`22-year-old`, `10-minute walk`, `3-point-play`; see
/// [`Builder::hyphen`]).
const ENGLISH_UNITS: [&str; 28] = [
    "year", "month", "week", "day", "night", "hour", "minute", "second", "mile", "metre", "meter",
    "foot", "yard", "acre", "point", "game", "match", "goal", "seat", "storey", "story", "member",
    "man", "page", "hundred", "thousand", "million", "billion",
];

/// Whether `input` reads as Portuguese: its commonest marks (`não`,
/// `uma`, `ção`) three times at least, and more often than the Spanish
/// and Italian ones (`una`, `ción`, `zione`).
pub(super) fn reads_portuguese(input: &str) -> bool {
    let count = |w: &str| memmem::find_iter(input.as_bytes(), w.as_bytes()).count();
    let portuguese = count(" não ") + count(" uma ") + count("ção") + count("ções");
    portuguese >= 3 && portuguese > count(" una ") + count("ción") + count("zione")
}

/// Whether `input` reads as Hungarian: its commonest words that no
/// neighbour writes (`hogy`, `egy`, `nem`, `volt`, `az`), four times at
/// least.
pub(super) fn reads_hungarian(input: &str) -> bool {
    holds_words(input, &[" hogy ", " egy ", " nem ", " volt ", " az "], 4)
}

/// Whether `input` reads as Finnish: its commonest words (`että`, `oli`,
/// `ovat`, `myös`, `mukaan`; not `ja`, which German writes too) and case
/// endings (`-ssä`, `-llä`, `-stä`, `-ltä`) four times at least.
pub(super) fn reads_finnish(input: &str) -> bool {
    holds_words(
        input,
        &[
            " että ", " oli ", " ovat ", " myös ", " mukaan ", "ssä ", "llä ", "stä ", "ltä ",
        ],
        4,
    )
}

/// `left` and `right`, parts of a word split at a line-end hyphen after
/// `before`, read as a Chinese given name of two syllables romanized with
/// a hyphen after a surname (`Chen Yu-` / `ting`, `Kao Wen-` / `chieh`):
/// a capitalised syllable, a lowercase one (each as `syllable` tells),
/// and a capitalised word before.
pub(super) fn romanized_given_name(
    before: &str,
    left: &str,
    right: &str,
    syllable: fn(&str) -> bool,
) -> bool {
    // (Most words split at a hyphen are lowercase or longer: one byte and
    // the lengths tell.)
    if !left.starts_with(|c: char| c.is_ascii_uppercase())
        || left.len() > 5
        || right.len() > 6
        || !before.ends_with(' ')
    {
        return false;
    }
    // The surname: the word before, read back over [`SURNAME_BYTES`] at
    // most (a run of CJK text holds no space to stop at).
    let before = before.trim_end_matches(' ').as_bytes();
    let tail = &before[before.len().saturating_sub(SURNAME_BYTES)..];
    let surname = match tail.iter().rposition(|&b| b == b' ') {
        Some(space) => &tail[space + 1..],
        None if tail.len() == before.len() => tail,
        None => return false,
    };
    let mut l = left.chars();
    surname.first().is_some_and(u8::is_ascii_uppercase)
        && surname.iter().all(u8::is_ascii_alphabetic)
        && l.next().is_some_and(|c| c.is_ascii_uppercase())
        && l.all(|c| c.is_ascii_lowercase())
        && right.chars().all(|c| c.is_ascii_lowercase())
        && syllable(&left.to_ascii_lowercase())
        && syllable(right)
}

/// Longest surname read before a romanized given name, in bytes.
const SURNAME_BYTES: usize = 24;

/// Short enough for a syllable of a romanized Chinese name in any
/// scheme (`yee`, `kit`, `chun`): two to five letters, one group of
/// vowels.
pub(super) fn is_syllable_shape(w: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let groups = w
        .chars()
        .zip(w.chars().skip(1).chain([' ']))
        .filter(|&(c, n)| vowel(c) && !vowel(n))
        .count();
    (2..=5).contains(&w.len()) && groups == 1
}

/// Whether `input` writes a Chinese given name romanized with a hyphen
/// inside a line, after its surname (`Lin Chia-hao`): see
/// [`romanized_given_name`].
pub(super) fn writes_romanized_names(input: &str) -> bool {
    let b = input.as_bytes();
    memchr::memchr_iter(b'-', b).any(|h| {
        let start = b[..h]
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        let end = b[h + 1..]
            .iter()
            .position(|c| !c.is_ascii_alphabetic())
            .map_or(b.len(), |k| h + 1 + k);
        end > h + 1
            && romanized_given_name(
                &input[..start],
                &input[start..h],
                &input[h + 1..end],
                is_chinese_syllable,
            )
    })
}

/// One syllable of Mandarin in pinyin or Wade–Giles, lowercase ASCII
/// (`ting`, `chieh`, `hao`, `yu`): an initial (or none) and a final.
pub(super) fn is_chinese_syllable(w: &str) -> bool {
    const INITIALS: [&str; 27] = [
        "zh", "ch", "sh", "ts", "tz", "hs", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
        "j", "q", "x", "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: [&str; 42] = [
        "a", "o", "e", "i", "u", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
        "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui",
        "uan", "un", "uang", "ueng", "ieh", "ih", "uei", "ung", "iung", "ueh", "eh", "ien", "iu",
        "ue",
    ];
    INITIALS
        .iter()
        .filter_map(|i| w.strip_prefix(i))
        .any(|f| FINALS.contains(&f))
}

/// An English prefix ending in the vowel that opens the word after it
/// (`re-` / `elected`, `pre-` / `empt`, `co-` / `owner`, `anti-` /
/// `inflammatory`): English keeps the hyphen there, where Spanish and
/// French close up (`reelegido`, `réélu`).
pub(super) fn english_vowel_prefix(left: &str, right: &str) -> bool {
    let Some(first) = right.chars().next() else {
        return false;
    };
    with_lowercase(left, |w| match w {
        "re" | "pre" | "de" => first == 'e',
        "co" => first == 'o',
        "anti" | "semi" | "multi" => first == 'i',
        _ => false,
    })
}

/// An English past participle of five letters or more before a noun it
/// qualifies (`defined-` / `benefit`, `fixed-` / `rate`, `fixed-` /
/// `income`, `limited-` / `liability`), where a word split after `-ed`
/// goes on in an ending (`wicked-` / `ness`, `supposed-` / `ly`,
/// `preced-` / `ence`) or doubles the letter before it (`featherbed-` /
/// `ding`): a noun of four letters or more, five where it opens with a
/// vowel.
pub(super) fn english_participle_compound(left: &str, right: &str) -> bool {
    const ENDINGS: [&str; 26] = [
        "ness", "less", "ly", "ful", "ship", "wise", "ward", "some", "ance", "ence", "ent", "ant",
        "ing", "ient", "ience", "ible", "able", "ity", "ous", "ure", "ual", "ious", "ish", "ism",
        "ist", "ian",
    ];
    let (l, r) = (left.as_bytes(), right.as_bytes());
    let participle = l.len() >= 5
        && left.ends_with("ed")
        && !left.ends_with("eed")
        && l.iter().all(u8::is_ascii_lowercase);
    let vowel = matches!(r.first(), Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y'));
    let noun = r.len() >= 4 + usize::from(vowel)
        && r.iter().all(u8::is_ascii_lowercase)
        && r.first() != l.last()
        && !ENDINGS.iter().any(|e| right.starts_with(e));
    participle && noun
}

/// An English number word before a noun (`two-` / `possession`, `three-`
/// / `day`; the tens, `twenty-` / `year`, are [`is_hyphenated_prefix`]'s
/// in any language): no word starts so, but for the numbers
/// themselves (`four-` / `teen`, `seven-` / `ty`) and a few more
/// (`two-` / `fold`); or after a word (`top-` / `six`), where no word ends
/// so (but in `one` and `ten`: `some-` / `one`, `of-` / `ten`).
pub(super) fn english_number_compound(left: &str, right: &str) -> bool {
    let after = left.chars().nth(1).is_some() && right != "hundred" && english_number(right);
    after
        || right.chars().nth(2).is_some()
            && right.starts_with(|c: char| c.is_ascii_lowercase())
            && !matches!(
                right,
                "teen" | "teens" | "teenth" | "ty" | "ties" | "tieth" | "fold" | "some" | "somes"
            )
            && with_lowercase(left, english_number)
}

/// An English number word (in lowercase) that is rarely part of a longer
/// word split at a hyphen: `two` to `nine`, `twelve`, `hundred`; not `one`
/// or `ten` (`some-` / `one`, `of-` / `ten`).
fn english_number(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "twelve"
            | "hundred"
    )
}

/// Whether `left` and `right` make a compass point that French, Italian
/// and Romanian write with a hyphen (`nord-est`, `sud-ouest`,
/// `nord-ovest`, `nord-vest`), or a Spanish or Portuguese axis
/// (`norte-sur`). Not the
/// English ones, which American papers write whole (`northeast`), nor the
/// German (`Nordost`).
pub(super) fn is_compass_point(left: &str, right: &str) -> bool {
    ((left.eq_ignore_ascii_case("nord") || left.eq_ignore_ascii_case("sud"))
        && matches!(right, "est" | "ouest" | "ovest" | "vest"))
        // (Spanish and Portuguese axes: `norte-sur`, `norte-sul`; no word
        // is split so.)
        || (left.eq_ignore_ascii_case("norte") && matches!(right, "sur" | "sul"))
        || (matches!(left, "sur" | "sul") && right == "norte")
}

/// Whether `rest`, the text after a line-end hyphen, opens with a hyphen
/// again, right before a letter or digit (`biało-` / `-niebieskie`): the
/// Polish and Czech way of marking a compound's hyphen at a line break,
/// the hyphen repeated on the next line.
pub(super) fn repeats_hyphen(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(script::is_line_hyphen)
        && chars.next().is_some_and(char::is_alphanumeric)
}

/// Pronouns that Portuguese binds by a hyphen to an infinitive, which
/// then ends on a stressed vowel (`amá-lo`, `fazê-la`, `pô-los`).
pub(super) fn is_enclitic_pronoun(word: &str) -> bool {
    matches!(word, "lo" | "la" | "los" | "las")
}

/// Pronouns that Romance languages bind by a hyphen to a verb, two of
/// them in a row in a chain (Catalan `treure-se-les`, `donar-s'hi`,
/// Portuguese `dar-se-lhe`, Spanish and Italian in older spelling).
pub(super) fn is_bound_pronoun(word: &str) -> bool {
    matches!(
        word,
        "se" | "me"
            | "te"
            | "li"
            | "lo"
            | "la"
            | "los"
            | "las"
            | "les"
            | "els"
            | "ens"
            | "us"
            | "ho"
            | "hi"
            | "ne"
            | "nos"
            | "vos"
            | "lhe"
            | "lhes"
    )
}

/// Pronouns that Portuguese binds by a hyphen to a finite verb
/// (`realizou-se`, `deu-me`).
pub(super) fn is_reflexive_pronoun(word: &str) -> bool {
    matches!(word, "se" | "me" | "te")
}

/// `word` ends as a Portuguese verb in the past or the plural does before
/// a bound pronoun (`realizou`, `vendeu`, `partiu`, `formaram`, `fazem`):
/// no word a typesetter splits before `-se` or `-me` ends so.
pub(super) fn ends_in_portuguese_verb(word: &str) -> bool {
    word.len() > 3
        && ["ou", "eu", "iu", "am", "em"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// `left` ends as a Portuguese or Catalan verb does before the bound
/// pronoun `right` (`nos`, `vos`, `nas`): in the past (`deu`, `levou`,
/// `partiu`), the plural (`deram`, `fazem`), the infinitive (`dar`,
/// `quedar`), after a `z` (`traz`, `diz`) or a stressed vowel (`dá`);
/// `nas` only after a nasal (`viram`, `põe`).
pub(super) fn ends_as_bound_verb(left: &str, right: &str) -> bool {
    if right == "nas" {
        return left.ends_with('m') || left.ends_with("õe") || left.ends_with("ão");
    }
    // (Not the nouns and adjectives in `-ernos`, `-ervos`, common in the
    // news: `gover-` / `nos`, `inver-` / `nos`, `moder-` / `nos`.)
    const NOUN_STEMS: [&str; 10] = [
        "gover", "inver", "cader", "moder", "inter", "exter", "eter", "infer", "ater", "ner",
    ];
    left.chars().nth(1).is_some()
        && !NOUN_STEMS.iter().any(|s| left.ends_with(s))
        && (["ou", "eu", "iu", "am", "em", "ar", "er", "ir", "z"]
            .iter()
            .any(|e| left.ends_with(e))
            || left.ends_with(is_stressed_vowel))
}

/// A vowel with an acute accent or a circumflex: stressed, ending an
/// infinitive before a bound pronoun ([`is_enclitic_pronoun`]). No word a
/// typesetter splits has one right before a last syllable `-lo` or `-la`.
pub(super) fn is_stressed_vowel(c: char) -> bool {
    matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú' | 'â' | 'ê' | 'ô')
}

/// Whether `rest`, the text after a `t` that follows a line-end hyphen,
/// is the rest of a French inverted verb (`va-` / `t-il`, `a-` /
/// `t-elle`): a hyphen and a subject pronoun.
pub(super) fn is_inverted_t(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix('-') else {
        return false;
    };
    let len = rest
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(rest.len());
    matches!(&rest[..len], "il" | "elle" | "on" | "ils" | "elles")
}

/// The word around a line-end hyphen at byte `hpos`, going on at byte
/// `next`: where its left part starts, the left part (letters and digits
/// before the hyphen) and the right part (those from `next`).
pub(super) fn split_word(input: &str, hpos: usize, next: usize) -> (usize, &str, &str) {
    let word_start = input[..hpos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(hpos, |(i, _)| i);
    let right_len = input[next..]
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(input.len() - next, |(i, _)| i);
    (
        word_start,
        &input[word_start..hpos],
        &input[next..next + right_len],
    )
}
