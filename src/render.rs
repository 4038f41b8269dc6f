//! Stage 5: write a [`Document`] as plain text, Markdown or JSON Lines.

use core::fmt::{self, Write};
use core::str::FromStr;
use std::collections::BTreeSet;

use crate::document::{Block, Document};
use crate::segment::BlockKind;

/// An output format of [`render`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Block texts separated by a blank line.
    Text,
    /// Headings as `## `, captions as `> ` quotes, paragraphs as they are.
    Markdown,
    /// One JSON object a block: `kind`, `text`, `lines`, `span`, for a
    /// paragraph cut in two `continued_by` and `joiner` (see
    /// [`Block::continued_by`](crate::Block::continued_by)), `repairs`.
    JsonLines,
}

impl Format {
    /// The format's name as [`FromStr`] takes it (`text`, `markdown`, `jsonl`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::JsonLines => "jsonl",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, UnknownFormat> {
        match s {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "jsonl" | "json" | "jsonlines" => Ok(Format::JsonLines),
            _ => Err(UnknownFormat(s.to_owned())),
        }
    }
}

/// The error of parsing a [`Format`] name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?} (expected text, markdown or jsonl)")]
pub struct UnknownFormat(pub String);

/// Renders `doc` in `format` into `out`.
///
/// ```
/// use newsprint::{clean, render, Format};
/// let doc = clean("Headline\n\nBody text that goes on\nand on.\n");
/// let mut out = String::new();
/// render(&doc, Format::Markdown, &mut out).unwrap();
/// assert_eq!(out, "## Headline\n\nBody text that goes on and on.\n");
/// ```
pub fn render(doc: &Document, format: Format, out: &mut impl Write) -> fmt::Result {
    if format == Format::JsonLines {
        return doc.blocks().try_for_each(|block| json(&block, out));
    }
    // A paragraph cut in two by captions or running heads is written
    // whole, the blocks that cut it after it: the parts already written
    // are skipped when their turn comes.
    let mut written = BTreeSet::new();
    let mut first = true;
    for block in doc.blocks() {
        if written.remove(&block.index()) {
            continue;
        }
        if !first {
            out.write_char('\n')?;
        }
        first = false;
        let mut part = block;
        loop {
            match format {
                Format::Markdown => markdown(&part, part.index() == block.index(), out)?,
                _ => out.write_str(part.text())?,
            }
            let Some(next) = part
                .continued_by()
                .and_then(|(i, joiner)| Some((doc.block(i)?, joiner)))
            else {
                break;
            };
            out.write_str(next.1)?;
            written.insert(next.0.index());
            part = next.0;
        }
        out.write_char('\n')?;
    }
    Ok(())
}

impl Document {
    /// The document as plain text: block texts separated by a blank line.
    ///
    /// ```
    /// let doc = newsprint::clean("前海作為粵港澳大灣區\n的核心引擎之一。\n");
    /// assert_eq!(doc.to_text(), "前海作為粵港澳大灣區的核心引擎之一。\n");
    /// ```
    #[must_use]
    pub fn to_text(&self) -> String {
        self.rendered(Format::Text)
    }

    /// The document as Markdown.
    #[must_use]
    pub fn to_markdown(&self) -> String {
        self.rendered(Format::Markdown)
    }

    /// The document as JSON Lines, one object a block.
    #[must_use]
    pub fn to_json_lines(&self) -> String {
        self.rendered(Format::JsonLines)
    }

    fn rendered(&self, format: Format) -> String {
        let mut s = String::with_capacity(self.text.len() + 2 * self.len() + 16);
        render(self, format, &mut s).expect("writing to a String cannot fail");
        s
    }
}

/// Writes `block` as Markdown, without the final newline; `opens` is false
/// for the later part of a paragraph cut in two, which goes on the line of
/// the part before.
fn markdown(block: &Block<'_>, opens: bool, out: &mut impl Write) -> fmt::Result {
    // Lines stay lines where joining is off; each gets its prefix.
    for (i, line) in block.text().split('\n').enumerate() {
        if i > 0 {
            out.write_char('\n')?;
        }
        match block.kind() {
            BlockKind::Heading if i == 0 => out.write_str("## ")?,
            BlockKind::Caption => out.write_str("> ")?,
            _ => {}
        }
        if opens || i > 0 {
            markdown_line(line, out)?;
        } else {
            // Inside a line: only raw HTML needs escaping.
            escape_html(line, out)?;
        }
    }
    Ok(())
}

/// Writes `line` so that Markdown reads it as plain text: a start that
/// would make a heading, quote, list, rule or table is escaped, and so is
/// `<` (no raw HTML from the page gets through).
fn markdown_line(line: &str, out: &mut impl Write) -> fmt::Result {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = (1..=9).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1).is_none_or(|&b| b == b' ');
    if ordered {
        out.write_str(&line[..digits])?;
        out.write_char('\\')?;
        return escape_html(&line[digits..], out);
    }
    if line.starts_with(['#', '>', '-', '*', '+', '=', '|', '`', '~', '_']) {
        out.write_char('\\')?;
    }
    escape_html(line, out)
}

fn escape_html(text: &str, out: &mut impl Write) -> fmt::Result {
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.write_str(&rest[..i])?;
        out.write_str("\\<")?;
        rest = &rest[i + 1..];
    }
    out.write_str(rest)
}

fn json(block: &Block<'_>, out: &mut impl Write) -> fmt::Result {
    // Each string's quotes go with the fixed text around it, so that a
    // repair takes a dozen writes, not twenty.
    let mut n = itoa::Buffer::new();
    let lines = block.lines();
    let span = block.span();
    out.write_str("{\"kind\":\"")?;
    out.write_str(block.kind().as_str())?;
    out.write_str("\",\"text\":\"")?;
    json_escaped(block.text(), out)?;
    out.write_str("\",\"lines\":[")?;
    out.write_str(n.format(*lines.start()))?;
    out.write_char(',')?;
    out.write_str(n.format(*lines.end()))?;
    out.write_str("],\"span\":[")?;
    out.write_str(n.format(span.start))?;
    out.write_char(',')?;
    out.write_str(n.format(span.end))?;
    out.write_char(']')?;
    if let Some((next, joiner)) = block.continued_by() {
        out.write_str(",\"continued_by\":")?;
        out.write_str(n.format(next))?;
        out.write_str(",\"joiner\":")?;
        json_string(joiner, out)?;
    }
    out.write_str(",\"repairs\":[")?;
    let base = block.text_offset();
    for (i, r) in block.repairs().iter().enumerate() {
        out.write_str(if i == 0 {
            "{\"kind\":\""
        } else {
            ",{\"kind\":\""
        })?;
        out.write_str(r.kind().as_str())?;
        out.write_str("\",\"span\":[")?;
        let span = r.span();
        out.write_str(n.format(span.start))?;
        out.write_char(',')?;
        out.write_str(n.format(span.end))?;
        out.write_str("],\"at\":")?;
        out.write_str(n.format(r.at() - base))?;
        out.write_str(",\"replacement\":\"")?;
        // Most replacements are nothing or one space.
        match block.replacement(r) {
            "" => {}
            " " => out.write_char(' ')?,
            s => json_escaped(s, out)?,
        }
        // The reasons are plain words with nothing to escape (a test
        // checks each): written as they are, without the search.
        out.write_str("\",\"reason\":\"")?;
        out.write_str(r.reason().as_str())?;
        out.write_str("\"}")?;
    }
    out.write_str("]}\n")
}

/// Writes `s` as a JSON string literal.
fn json_string(s: &str, out: &mut impl Write) -> fmt::Result {
    out.write_char('"')?;
    json_escaped(s, out)?;
    out.write_char('"')
}

/// Writes `s` escaped for a JSON string literal, without the quotes.
///
/// The bytes to escape are found eight at a time ([`escape_at`]) and the
/// text between them is written whole; an empty string (most
/// replacements) writes nothing. `json_string_reference` is the plain
/// version of [`json_string`]; a property test checks that both agree.
fn json_escaped(s: &str, out: &mut impl Write) -> fmt::Result {
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(i) = escape_at(bytes, start) {
        out.write_str(&s[start..i])?;
        write_escape(bytes[i], out)?;
        start = i + 1;
    }
    if start < s.len() {
        out.write_str(&s[start..])?;
    }
    Ok(())
}

/// Whether JSON escapes byte `b`: `"`, `\` and control characters.
fn needs_escape(b: u8) -> bool {
    matches!(b, b'"' | b'\\' | 0..=0x1f)
}

/// The first byte at or after `from` in `bytes` that JSON escapes.
///
/// Sixteen bytes at a time, each chunk tested whole without stopping
/// inside it (so that the compiler tests it with vector compares), then
/// the chunk holding the first such byte a byte at a time.
fn escape_at(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        let Ok(chunk) = <&[u8; 16]>::try_from(chunk) else {
            break;
        };
        // (`needs_escape` without branches.)
        let escapes = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
        if chunk.iter().fold(false, |hit, &b| hit | escapes(b)) {
            break;
        }
        i += 16;
    }
    bytes[i..]
        .iter()
        .position(|&b| needs_escape(b))
        .map(|k| i + k)
}

/// Writes the JSON escape of byte `b` (one that [`needs_escape`]).
fn write_escape(b: u8, out: &mut impl Write) -> fmt::Result {
    match b {
        b'"' => out.write_str("\\\""),
        b'\\' => out.write_str("\\\\"),
        b'\n' => out.write_str("\\n"),
        b'\r' => out.write_str("\\r"),
        b'\t' => out.write_str("\\t"),
        _ => write!(out, "\\u{b:04x}"),
    }
}

/// [`json_string`] a byte at a time, as first written.
#[cfg(test)]
fn json_string_reference(s: &str, out: &mut impl Write) -> fmt::Result {
    out.write_char('"')?;
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.write_str(&s[start..i])?;
        if esc.is_empty() {
            write!(out, "\\u{b:04x}")?;
        } else {
            out.write_str(esc)?;
        }
        start = i + 1;
    }
    out.write_str(&s[start..])?;
    out.write_char('"')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::log::Reason;

    proptest::proptest! {
        #[test]
        fn fast_json_string_agrees_with_the_reference(s in "[a\"\\\\\n\r\t\u{0}-\u{1f}\u{7f}é年 ]{0,40}") {
            let (mut fast, mut plain) = (String::new(), String::new());
            json_string(&s, &mut fast).unwrap();
            json_string_reference(&s, &mut plain).unwrap();
            proptest::prop_assert_eq!(fast, plain);
        }

        #[test]
        fn fast_json_string_agrees_with_the_reference_on_long_runs(s in "([a-z é年~]{0,40}|[\"\\\\\n\u{1}\u{1f}]){0,6}") {
            let (mut fast, mut plain) = (String::new(), String::new());
            json_string(&s, &mut fast).unwrap();
            json_string_reference(&s, &mut plain).unwrap();
            proptest::prop_assert_eq!(fast, plain);
        }
    }

    /// Every [`Reason`]; the match below fails to compile when one is
    /// added, until it is listed here too.
    const REASONS: [Reason; 37] = [
        Reason::CharactersPrintedTwice,
        Reason::RunPrintedTwice,
        Reason::RunAcrossBreak,
        Reason::LineRepeated,
        Reason::PartialCopy,
        Reason::WordRepeatedAcrossBreak,
        Reason::PassageRepeated,
        Reason::CaptionMarker,
        Reason::SubheadMarker,
        Reason::LayoutPadding,
        Reason::LetterSpacing,
        Reason::SoftHyphen,
        Reason::SoftHyphenBreak,
        Reason::BetweenBlocks,
        Reason::AroundCopy,
        Reason::LineKept,
        Reason::HeadingLines,
        Reason::CjkLineBreak,
        Reason::MixedScriptSpacing,
        Reason::LineBreak,
        Reason::DropCap,
        Reason::NoWordAfterHyphen,
        Reason::Dash,
        Reason::CompoundHyphen,
        Reason::ElidedCompoundPart,
        Reason::HyphenBeforeCapital,
        Reason::SplitWordPageWritesWhole,
        Reason::PageWritesHyphen,
        Reason::HyphenatedPrefix,
        Reason::HyphenatedParticle,
        Reason::SplitWord,
        Reason::HyphenAfterCapitals,
        Reason::RepeatedHyphen,
        Reason::VowelClash,
        Reason::ReduplicatedWord,
        Reason::InvalidUtf8,
        Reason::StrayMark,
    ];

    #[allow(dead_code)]
    fn listed(r: Reason) {
        match r {
            Reason::CharactersPrintedTwice
            | Reason::RunPrintedTwice
            | Reason::RunAcrossBreak
            | Reason::LineRepeated
            | Reason::PartialCopy
            | Reason::WordRepeatedAcrossBreak
            | Reason::PassageRepeated
            | Reason::CaptionMarker
            | Reason::SubheadMarker
            | Reason::LayoutPadding
            | Reason::LetterSpacing
            | Reason::SoftHyphen
            | Reason::SoftHyphenBreak
            | Reason::BetweenBlocks
            | Reason::AroundCopy
            | Reason::LineKept
            | Reason::HeadingLines
            | Reason::CjkLineBreak
            | Reason::MixedScriptSpacing
            | Reason::LineBreak
            | Reason::DropCap
            | Reason::NoWordAfterHyphen
            | Reason::Dash
            | Reason::CompoundHyphen
            | Reason::ElidedCompoundPart
            | Reason::HyphenBeforeCapital
            | Reason::SplitWordPageWritesWhole
            | Reason::PageWritesHyphen
            | Reason::HyphenatedPrefix
            | Reason::HyphenatedParticle
            | Reason::SplitWord
            | Reason::HyphenAfterCapitals
            | Reason::RepeatedHyphen
            | Reason::VowelClash
            | Reason::ReduplicatedWord
            | Reason::InvalidUtf8
            | Reason::StrayMark => {}
        }
    }

    #[test]
    fn reasons_need_no_json_escape() {
        for r in REASONS {
            let mut s = String::new();
            json_string(r.as_str(), &mut s).unwrap();
            assert_eq!(s, format!("\"{}\"", r.as_str()), "{r:?}");
        }
    }

    #[test]
    fn escapes_json() {
        let mut s = String::new();
        json_string("a\"b\\c\nd\u{1}é", &mut s).unwrap();
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001é\"");
    }

    #[test]
    fn a_paragraph_cut_in_two_is_written_whole() {
        let page = "　　山城區夜市由下月起延長營業至凌晨\n兩時，區議會昨日通過試行半年的方案，\n\n\
                    ▲夜市入口。\n\n▲攤販。\n\n攤販和附近居民都表示歡迎。\n\n後記。\n";
        let doc = crate::clean(page);
        assert_eq!(doc.blocks().next().unwrap().continued_by(), Some((3, "")));
        assert_eq!(
            doc.to_markdown(),
            "山城區夜市由下月起延長營業至凌晨兩時，區議會昨日通過試行半年的方案，\
             攤販和附近居民都表示歡迎。\n\n> 夜市入口。\n\n> 攤販。\n\n後記。\n"
        );
        let json = doc.to_json_lines();
        let first = json.lines().next().unwrap();
        assert!(
            first.contains("\"continued_by\":3,\"joiner\":\"\","),
            "{first}"
        );
        assert_eq!(json.matches("continued_by").count(), 1);
    }

    #[test]
    fn markdown_keeps_page_text_plain() {
        let doc = crate::clean(
            "1998. That was the year the old mill closed.\n\n# not a heading <b>bold</b> here\n",
        );
        let md = doc.to_markdown();
        assert!(md.starts_with("1998\\. That"), "{md}");
        assert!(
            md.contains("\\# not a heading \\<b>bold\\</b> here"),
            "{md}"
        );
    }

    #[test]
    fn parses_format_names() {
        assert_eq!("jsonl".parse(), Ok(Format::JsonLines));
        assert!("xml".parse::<Format>().is_err());
    }
}
