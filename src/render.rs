//! Stage 5: write a [`Document`] as plain text, Markdown or JSON Lines.

use core::fmt::{self, Write};
use core::str::FromStr;

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
    /// One JSON object a block: `kind`, `text`, `lines`, `span`, `repairs`.
    JsonLines,
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
    for (i, block) in doc.blocks().enumerate() {
        match format {
            Format::Text => {
                if i > 0 {
                    out.write_char('\n')?;
                }
                out.write_str(block.text())?;
                out.write_char('\n')?;
            }
            Format::Markdown => {
                if i > 0 {
                    out.write_char('\n')?;
                }
                markdown(&block, out)?;
            }
            Format::JsonLines => json(&block, out)?,
        }
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
    pub fn to_text(&self) -> String {
        self.rendered(Format::Text)
    }

    /// The document as Markdown.
    pub fn to_markdown(&self) -> String {
        self.rendered(Format::Markdown)
    }

    /// The document as JSON Lines, one object a block.
    pub fn to_json_lines(&self) -> String {
        self.rendered(Format::JsonLines)
    }

    fn rendered(&self, format: Format) -> String {
        let mut s = String::with_capacity(self.text.len() + 2 * self.len() + 16);
        render(self, format, &mut s).expect("writing to a String cannot fail");
        s
    }
}

fn markdown(block: &Block<'_>, out: &mut impl Write) -> fmt::Result {
    match block.kind() {
        BlockKind::Heading => {
            out.write_str("## ")?;
            out.write_str(block.text())?;
        }
        BlockKind::Caption => {
            out.write_str("> ")?;
            out.write_str(block.text())?;
        }
        _ => {
            // A paragraph that would read as Markdown syntax is escaped.
            if block
                .text()
                .starts_with(['#', '>', '-', '*', '+', '=', '|', '`'])
            {
                out.write_char('\\')?;
            }
            out.write_str(block.text())?;
        }
    }
    out.write_char('\n')
}

fn json(block: &Block<'_>, out: &mut impl Write) -> fmt::Result {
    let mut n = itoa::Buffer::new();
    let lines = block.lines();
    let span = block.span();
    out.write_str("{\"kind\":\"")?;
    out.write_str(block.kind().as_str())?;
    out.write_str("\",\"text\":")?;
    json_string(block.text(), out)?;
    out.write_str(",\"lines\":[")?;
    out.write_str(n.format(*lines.start()))?;
    out.write_char(',')?;
    out.write_str(n.format(*lines.end()))?;
    out.write_str("],\"span\":[")?;
    out.write_str(n.format(span.start))?;
    out.write_char(',')?;
    out.write_str(n.format(span.end))?;
    out.write_str("],\"repairs\":[")?;
    let base = block.text_offset();
    for (i, r) in block.repairs().iter().enumerate() {
        if i > 0 {
            out.write_char(',')?;
        }
        out.write_str("{\"kind\":\"")?;
        out.write_str(r.kind().as_str())?;
        out.write_str("\",\"span\":[")?;
        out.write_str(n.format(r.span().start))?;
        out.write_char(',')?;
        out.write_str(n.format(r.span().end))?;
        out.write_str("],\"at\":")?;
        out.write_str(n.format(r.at() - base))?;
        out.write_str(",\"replacement\":")?;
        json_string(block.replacement(r), out)?;
        out.write_str(",\"reason\":")?;
        json_string(r.reason(), out)?;
        out.write_char('}')?;
    }
    out.write_str("]}\n")
}

/// Writes `s` as a JSON string literal.
fn json_string(s: &str, out: &mut impl Write) -> fmt::Result {
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

    #[test]
    fn escapes_json() {
        let mut s = String::new();
        json_string("a\"b\\c\nd\u{1}é", &mut s).unwrap();
        assert_eq!(s, "\"a\\\"b\\\\c\\nd\\u0001é\"");
    }

    #[test]
    fn parses_format_names() {
        assert_eq!("jsonl".parse(), Ok(Format::JsonLines));
        assert!("xml".parse::<Format>().is_err());
    }
}
