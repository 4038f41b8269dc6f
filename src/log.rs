//! The repair log: every change made to the input, with its place and reason.

use core::fmt;
use core::ops::Range;

/// What kind of change a [`Repair`] made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum RepairKind {
    /// An extra copy of text printed twice or more (fake bold) was removed.
    DoubledCopy,
    /// A caption's leading marker (`●`, `▲`, `圖：`, `Photo:` …) was removed.
    CaptionMarker,
    /// A subhead's leading marker (`■`, `◆`) was removed.
    SubheadMarker,
    /// A line break inside a block was replaced by a space or removed.
    LineBreak,
    /// A line-end hyphen of a word split across lines was removed.
    Hyphen,
    /// White space at a block's edge or between blocks was removed.
    Whitespace,
    /// Bytes that were not valid UTF-8 were replaced by U+FFFD (lossy mode).
    InvalidUtf8,
    /// A stray mark alone on a line (scan or extraction noise) was removed.
    Noise,
}

impl RepairKind {
    /// The kind's name as used in JSON Lines output (`doubled_copy`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            RepairKind::DoubledCopy => "doubled_copy",
            RepairKind::CaptionMarker => "caption_marker",
            RepairKind::SubheadMarker => "subhead_marker",
            RepairKind::LineBreak => "line_break",
            RepairKind::Hyphen => "hyphen",
            RepairKind::Whitespace => "whitespace",
            RepairKind::InvalidUtf8 => "invalid_utf8",
            RepairKind::Noise => "noise",
        }
    }
}

impl fmt::Display for RepairKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a change was made: one of a fixed set, each with a plain-words
/// description ([`Reason::as_str`], also its `Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Each character printed twice.
    CharactersPrintedTwice,
    /// Run printed twice.
    RunPrintedTwice,
    /// Run printed twice across a line break (the part of the copy on
    /// one line).
    RunAcrossBreak,
    /// Line repeated.
    LineRepeated,
    /// Partial copy of the next line.
    PartialCopy,
    /// Word repeated across the line break.
    WordRepeatedAcrossBreak,
    /// Passage repeated.
    PassageRepeated,
    /// Caption marker.
    CaptionMarker,
    /// Subhead marker.
    SubheadMarker,
    /// Run of spaces inside a line (layout padding).
    LayoutPadding,
    /// Letters spaced apart for emphasis (`L o k a l e s`, German
    /// *Sperrsatz*).
    LetterSpacing,
    /// Soft hyphen inside a line.
    SoftHyphen,
    /// Line-end hyphen the typesetter drew at a soft hyphen, which is still
    /// before it (`envi\u{ad}‐`).
    SoftHyphenBreak,
    /// White space between blocks.
    BetweenBlocks,
    /// White space around a removed copy.
    AroundCopy,
    /// Line kept (joining off).
    LineKept,
    /// Heading set on two lines.
    HeadingLines,
    /// Line break inside CJK text.
    CjkLineBreak,
    /// Line break between CJK text and a Latin word, on a page that sets
    /// a space there.
    MixedScriptSpacing,
    /// Line break inside a paragraph.
    LineBreak,
    /// A drop cap joined to the word it opens.
    DropCap,
    /// No word after the hyphen.
    NoWordAfterHyphen,
    /// A dash, not a hyphen.
    Dash,
    /// Hyphen of a compound.
    CompoundHyphen,
    /// Hyphen of an elided compound part.
    ElidedCompoundPart,
    /// Hyphen before a capital or digit.
    HyphenBeforeCapital,
    /// Word split across lines (the page writes it whole).
    SplitWordPageWritesWhole,
    /// Hyphenated word (the page writes it with the hyphen).
    PageWritesHyphen,
    /// Prefix written with a hyphen.
    HyphenatedPrefix,
    /// A pronoun or particle bound by a hyphen (`disse-lhes`, `peut-être`).
    HyphenatedParticle,
    /// Word split across lines.
    SplitWord,
    /// Hyphen after a word or abbreviation in capitals before a lowercase
    /// word (`FN-` / `rapport`): a typesetter's split goes on in capitals.
    HyphenAfterCapitals,
    /// Hyphen repeated at the start of the next line (`biało-` /
    /// `-niebieskie`, the Polish and Czech convention): kept once.
    RepeatedHyphen,
    /// Hyphen between two vowels that would read as one, in a Dutch
    /// compound (`auto-` / `ongeluk`, `zee-` / `egels`).
    VowelClash,
    /// Hyphen of a reduplicated word, whose halves are the same word
    /// (`reco-` / `reco`, `quero-` / `quero`).
    ReduplicatedWord,
    /// Invalid UTF-8 replaced.
    InvalidUtf8,
    /// A stray mark alone on a line inside running text.
    StrayMark,
}

impl Reason {
    /// The reason in plain words, as the JSON Lines output writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::CharactersPrintedTwice => "each character printed twice",
            Reason::RunPrintedTwice => "run printed twice",
            Reason::RunAcrossBreak => "run printed twice across a line break",
            Reason::LineRepeated => "line repeated",
            Reason::PartialCopy => "partial copy of the next line",
            Reason::WordRepeatedAcrossBreak => "word repeated across the line break",
            Reason::PassageRepeated => "passage repeated",
            Reason::CaptionMarker => "caption marker",
            Reason::SubheadMarker => "subhead marker",
            Reason::LayoutPadding => "run of spaces inside a line (layout padding)",
            Reason::LetterSpacing => "letters spaced apart for emphasis",
            Reason::SoftHyphen => "soft hyphen inside a line",
            Reason::SoftHyphenBreak => "line-end hyphen drawn at a soft hyphen",
            Reason::BetweenBlocks => "white space between blocks",
            Reason::AroundCopy => "white space around a removed copy",
            Reason::LineKept => "line kept (joining off)",
            Reason::HeadingLines => "heading set on two lines",
            Reason::CjkLineBreak => "line break inside CJK text",
            Reason::MixedScriptSpacing => {
                "line break between CJK and Latin text (the page spaces them)"
            }
            Reason::LineBreak => "line break inside a paragraph",
            Reason::DropCap => "drop cap joined to its word",
            Reason::NoWordAfterHyphen => "no word after the hyphen",
            Reason::Dash => "a dash, not a hyphen",
            Reason::CompoundHyphen => "hyphen of a compound",
            Reason::ElidedCompoundPart => "hyphen of an elided compound part",
            Reason::HyphenBeforeCapital => "hyphen before a capital or digit",
            Reason::SplitWordPageWritesWhole => {
                "word split across lines (the page writes it whole)"
            }
            Reason::PageWritesHyphen => "hyphenated word (the page writes it with the hyphen)",
            Reason::HyphenatedPrefix => "prefix written with a hyphen",
            Reason::HyphenatedParticle => "pronoun or particle bound by a hyphen",
            Reason::SplitWord => "word split across lines",
            Reason::HyphenAfterCapitals => "hyphen after a word in capitals",
            Reason::RepeatedHyphen => "hyphen repeated at the start of the next line",
            Reason::VowelClash => "hyphen between vowels that would read as one (Dutch)",
            Reason::ReduplicatedWord => "hyphen of a reduplicated word",
            Reason::InvalidUtf8 => "invalid UTF-8 replaced",
            Reason::StrayMark => "stray mark alone on a line (scan or extraction noise)",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What stands in place of replaced input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Replacement {
    /// Nothing: the input text was removed.
    Nothing,
    /// One space (a line break between Latin words).
    Space,
    /// A line break (lines kept as they were, joining off).
    Newline,
    /// U+FFFD, for invalid UTF-8.
    ReplacementCharacter,
}

impl Replacement {
    /// The replacement text.
    pub const fn as_str(self) -> &'static str {
        match self {
            Replacement::Nothing => "",
            Replacement::Space => " ",
            Replacement::Newline => "\n",
            Replacement::ReplacementCharacter => "\u{fffd}",
        }
    }
}

/// One change: the input bytes [`span`](Repair::span) were replaced by the
/// output text at [`at`](Repair::at), [`output_len`](Repair::output_len)
/// bytes long (often nothing, or one space), for
/// [`reason`](Repair::reason).
///
/// Both texts are kept by the [`Document`](crate::Document): see
/// [`Document::original`](crate::Document::original) and
/// [`Document::replacement`](crate::Document::replacement). Doubled copies
/// close together on a line (`TThhee`) make one repair, whose replacement
/// is the text kept between them (`The`).
#[derive(Debug, Clone)]
pub struct Repair {
    start: U48,
    end: U48,
    at: U48,
    original: U48,
    output_len: u16,
    reason: Reason,
    kind: RepairKind,
}

/// Two repairs are equal when they made the same change at the same place:
/// where their replaced text sits in a document's store does not count.
impl PartialEq for Repair {
    fn eq(&self, other: &Self) -> bool {
        (
            self.start,
            self.end,
            self.at,
            self.output_len,
            self.reason,
            self.kind,
        ) == (
            other.start,
            other.end,
            other.at,
            other.output_len,
            other.reason,
            other.kind,
        )
    }
}

impl Eq for Repair {}

/// A byte offset in 48 bits (up to 256 TiB), stored in three `u16`s so that
/// the log and block records, one per line of input and more, stay small.
///
/// Offsets past the range saturate: no input held in memory reaches it,
/// and a [`Stream`](crate::Stream) would need to read for weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct U48([u16; 3]);

impl U48 {
    /// The largest offset stored exactly.
    pub(crate) const MAX: usize = (1 << 48) - 1;

    #[inline]
    pub(crate) fn new(x: usize) -> Self {
        let x = x.min(Self::MAX) as u64;
        U48([x as u16, (x >> 16) as u16, (x >> 32) as u16])
    }

    #[inline]
    pub(crate) fn get(self) -> usize {
        let [a, b, c] = self.0;
        (u64::from(a) | u64::from(b) << 16 | u64::from(c) << 32) as usize
    }
}

/// A byte range as two [`U48`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span48 {
    start: U48,
    end: U48,
}

impl Span48 {
    #[inline]
    pub(crate) fn new(r: Range<usize>) -> Self {
        Span48 {
            start: U48::new(r.start),
            end: U48::new(r.end),
        }
    }

    #[inline]
    pub(crate) fn get(self) -> Range<usize> {
        self.start.get()..self.end.get()
    }

    #[inline]
    pub(crate) fn start(self) -> usize {
        self.start.get()
    }

    #[inline]
    pub(crate) fn end(self) -> usize {
        self.end.get()
    }

    /// Both ends moved forward by `by`.
    #[inline]
    pub(crate) fn moved(self, by: usize) -> Self {
        Span48::new(self.start() + by..self.end() + by)
    }
}

impl Repair {
    pub(crate) fn new(edit: &Edit, at: usize, original: usize) -> Self {
        Repair {
            start: U48::new(edit.span.start),
            end: U48::new(edit.span.end),
            at: U48::new(at),
            original: U48::new(original),
            reason: edit.reason,
            output_len: edit.replacement.as_str().len() as u16,
            kind: edit.kind,
        }
    }

    /// The replacement of the invalid UTF-8 bytes `span` by U+FFFD at
    /// offset `at` of the decoded text.
    pub(crate) fn invalid_utf8(span: Range<usize>, at: usize) -> Self {
        let edit = Edit {
            span,
            replacement: Replacement::ReplacementCharacter,
            kind: RepairKind::InvalidUtf8,
            reason: Reason::InvalidUtf8,
        };
        Repair::new(&edit, at, 0)
    }

    /// Extends this repair over `kept` bytes of text it keeps and the next
    /// `edit` right after them, which it swallows; `false` (and no change)
    /// where the replacement would grow past `u16::MAX` bytes (the next
    /// copies then start a repair of their own).
    pub(crate) fn absorb(&mut self, kept: usize, edit: &Edit) -> bool {
        let more = kept + edit.replacement.as_str().len();
        match u16::try_from(self.output_len as usize + more) {
            Ok(len) => {
                self.end = U48::new(edit.span.end);
                self.output_len = len;
                true
            }
            Err(_) => false,
        }
    }

    /// What kind of change this is.
    pub fn kind(&self) -> RepairKind {
        self.kind
    }

    /// Byte range of the input that was replaced.
    pub fn span(&self) -> Range<usize> {
        self.start.get()..self.end.get()
    }

    /// Byte offset in the document's output text where the replacement
    /// starts. Within a block, subtract
    /// [`Block::text_offset`](crate::Block::text_offset) to index its text.
    pub fn at(&self) -> usize {
        self.at.get()
    }

    /// Byte length of the replacement in the output text.
    pub fn output_len(&self) -> usize {
        self.output_len as usize
    }

    /// Byte range of the replacement in the document's output text.
    pub fn output(&self) -> Range<usize> {
        let at = self.at.get();
        at..at + self.output_len as usize
    }

    /// Why the change was made.
    pub fn reason(&self) -> Reason {
        self.reason
    }

    /// Offset of the replaced text in the document's store of it.
    pub(crate) fn original(&self) -> Range<usize> {
        let original = self.original.get();
        original..original + self.span().len()
    }

    /// Moves the output offset by `text` and the stored original by
    /// `removed` bytes (for a document appended to another).
    pub(crate) fn move_output(&mut self, text: usize, removed: usize) {
        self.at = U48::new(self.at.get() + text);
        self.original = U48::new(self.original.get() + removed);
    }

    /// Ends the span at `end`, inside it: what is left of a deletion of
    /// white space cut in two (the rest goes with the next chunk).
    pub(crate) fn clip_end(&mut self, end: usize) {
        debug_assert!(self.output_len == 0 && (self.start.get()..self.end.get()).contains(&end));
        self.end = U48::new(end);
    }

    /// Moves the span by `bytes` (for a chunk of a longer input).
    pub(crate) fn shift(&mut self, bytes: usize) {
        self.start = U48::new(self.start.get() + bytes);
        self.end = U48::new(self.end.get() + bytes);
    }
}

/// A change before it is placed into the output: what the stages emit.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Edit {
    /// Byte range of the input to replace.
    pub span: Range<usize>,
    /// What to put in its place.
    pub replacement: Replacement,
    /// What kind of change this is.
    pub kind: RepairKind,
    /// Why.
    pub reason: Reason,
}

impl Edit {
    /// An edit that deletes `span`.
    pub const fn delete(span: Range<usize>, kind: RepairKind, reason: Reason) -> Self {
        Edit {
            span,
            replacement: Replacement::Nothing,
            kind,
            reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_round_trip_and_saturate() {
        for x in [0, 1, 0xffff, 0x1_0000, 0x1234_5678_9abc, U48::MAX] {
            assert_eq!(U48::new(x).get(), x);
        }
        assert_eq!(U48::new(usize::MAX).get(), U48::MAX);
        assert_eq!(Span48::new(3..9).moved(10).get(), 13..19);
    }

    #[test]
    fn records_stay_small() {
        // One repair for about every line of input: the log's size is most
        // of a document's memory beyond its text.
        assert!(core::mem::size_of::<Repair>() <= 28);
        assert!(core::mem::size_of::<Edit>() <= 24);
    }

    #[test]
    fn absorbing_stops_at_the_replacement_limit() {
        let copy =
            |at: usize| Edit::delete(at..at + 1, RepairKind::DoubledCopy, Reason::RunPrintedTwice);
        let mut r = Repair::new(&copy(0), 0, 0);
        assert!(r.absorb(8, &copy(9)));
        assert_eq!((r.span(), r.output_len()), (0..10, 8));
        r.output_len = u16::MAX - 4;
        assert!(!r.absorb(8, &copy(19)));
        assert_eq!(r.span(), 0..10);
    }
}
