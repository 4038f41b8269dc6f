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
    /// A line break inside a block was replaced by a space or removed.
    LineBreak,
    /// A line-end hyphen of a word split across lines was removed.
    Hyphen,
    /// White space at a block's edge or between blocks was removed.
    Whitespace,
    /// Bytes that were not valid UTF-8 were replaced by U+FFFD (lossy mode).
    InvalidUtf8,
}

impl RepairKind {
    /// The kind's name as used in JSON Lines output (`doubled_copy`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            RepairKind::DoubledCopy => "doubled_copy",
            RepairKind::CaptionMarker => "caption_marker",
            RepairKind::LineBreak => "line_break",
            RepairKind::Hyphen => "hyphen",
            RepairKind::Whitespace => "whitespace",
            RepairKind::InvalidUtf8 => "invalid_utf8",
        }
    }
}

impl fmt::Display for RepairKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One change: the input bytes `span` were replaced by `replacement`.
///
/// The removed text itself is kept by the [`Document`](crate::Document)
/// (see [`Document::original`](crate::Document::original)), so that the
/// input can be rebuilt from the blocks and the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// What kind of change this is.
    pub kind: RepairKind,
    /// Byte range of the input that was replaced.
    pub span: Range<usize>,
    /// What stands in its place in the output (often nothing, or one space).
    pub replacement: &'static str,
    /// Byte offset in the document's output text where `replacement` starts.
    /// Within a block, subtract the block's text start to index its text.
    pub at: usize,
    /// Why the change was made, in plain words.
    pub reason: &'static str,
    pub(crate) original: Range<usize>,
}

/// A change before it is placed into the output: what the stages emit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Byte range of the input to replace.
    pub span: Range<usize>,
    /// What to put in its place.
    pub replacement: &'static str,
    /// What kind of change this is.
    pub kind: RepairKind,
    /// Why.
    pub reason: &'static str,
}

impl Edit {
    /// An edit that deletes `span`.
    pub const fn delete(span: Range<usize>, kind: RepairKind, reason: &'static str) -> Self {
        Edit {
            span,
            replacement: "",
            kind,
            reason,
        }
    }
}
