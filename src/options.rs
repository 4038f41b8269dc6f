//! [`Options`]: which stages run and how much evidence a repair needs.

/// Settings for a [`Cleaner`](crate::Cleaner).
///
/// Build it with [`Options::new`] and the consuming setters:
///
/// ```
/// use newsprint::Options;
/// let options = Options::new()
///     .repair_doubling(false)
///     .caption_marker("Bildtext:");
/// let doc = newsprint::clean_with("Bildtext: A ship.\n", options);
/// assert_eq!(doc.blocks().next().unwrap().text(), "A ship.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Remove the extra copies of fake-bold text (default `true`).
    pub repair_doubling: bool,
    /// Remove stray marks alone on a line inside running text (`|`, `.`,
    /// `—`, `'`: scan or extraction noise) as logged repairs (default
    /// `true`).
    pub remove_noise: bool,
    /// Smallest number of characters a doubled stretch of one line must
    /// hold, all copies counted once, before it is repaired (default 6;
    /// taken as at least 2 and at most 4096).
    /// Shorter stretches are legitimate repetition far too often (`天天`,
    /// `謝謝`, `had had`).
    pub min_doubled_chars: usize,
    /// Join the lines of a block into one text (default `true`); when off,
    /// the lines are kept with `\n` between them.
    pub join_lines: bool,
    /// Remove line-end hyphens of words split across lines, and soft
    /// hyphens (U+00AD) inside lines (default `true`).
    pub dehyphenate: bool,
    /// Collapse runs of spaces inside a line to one (default `true`): the
    /// padding of layout-preserving extractors, not text; and close up words
    /// set letter-spaced for emphasis (`M ü l l e r`, four letters or more).
    pub collapse_spaces: bool,
    /// Tell headings and captions from paragraphs (default `true`); when off,
    /// every block is a paragraph.
    pub classify: bool,
    /// Extra caption markers besides the built-in ones (`●`, `▲`, `圖：`,
    /// `Photo:` …).
    pub caption_markers: Vec<String>,
    /// For [`clean_bytes`](crate::clean_bytes): replace invalid UTF-8 with
    /// U+FFFD and log each replacement instead of failing (default `false`).
    pub lossy: bool,
    /// Read columns printed side by side (`pdftotext -layout`) one after
    /// another before cleaning ([`split_columns`](crate::split_columns);
    /// default `false`). Where any are found, the blocks' lines and spans
    /// refer to the input, but their texts, the repairs' spans and
    /// [`reconstruct`](crate::Document::reconstruct) follow the reading
    /// order ([`Document::columns`](crate::Document::columns) lists the runs
    /// of lines read so). Not applied by a [`Stream`](crate::Stream).
    pub split_columns: bool,
}

impl Options {
    /// The default settings.
    #[must_use]
    pub const fn new() -> Self {
        Options {
            repair_doubling: true,
            remove_noise: true,
            min_doubled_chars: 6,
            join_lines: true,
            dehyphenate: true,
            collapse_spaces: true,
            classify: true,
            caption_markers: Vec::new(),
            lossy: false,
            split_columns: false,
        }
    }

    /// Sets [`Options::repair_doubling`].
    #[must_use]
    pub fn repair_doubling(mut self, on: bool) -> Self {
        self.repair_doubling = on;
        self
    }

    /// Sets [`Options::remove_noise`].
    #[must_use]
    pub fn remove_noise(mut self, on: bool) -> Self {
        self.remove_noise = on;
        self
    }

    /// Sets [`Options::min_doubled_chars`].
    #[must_use]
    pub fn min_doubled_chars(mut self, n: usize) -> Self {
        self.min_doubled_chars = n;
        self
    }

    /// Sets [`Options::join_lines`].
    #[must_use]
    pub fn join_lines(mut self, on: bool) -> Self {
        self.join_lines = on;
        self
    }

    /// Sets [`Options::dehyphenate`].
    #[must_use]
    pub fn dehyphenate(mut self, on: bool) -> Self {
        self.dehyphenate = on;
        self
    }

    /// Sets [`Options::collapse_spaces`].
    #[must_use]
    pub fn collapse_spaces(mut self, on: bool) -> Self {
        self.collapse_spaces = on;
        self
    }

    /// Sets [`Options::classify`].
    #[must_use]
    pub fn classify(mut self, on: bool) -> Self {
        self.classify = on;
        self
    }

    /// Adds a caption marker (a prefix such as `"Bildtext:"`).
    #[must_use]
    pub fn caption_marker(mut self, marker: impl Into<String>) -> Self {
        let marker = marker.into();
        if !marker.trim().is_empty() {
            self.caption_markers.push(marker);
        }
        self
    }

    /// Sets [`Options::split_columns`].
    #[must_use]
    pub fn split_columns(mut self, on: bool) -> Self {
        self.split_columns = on;
        self
    }

    /// Sets [`Options::lossy`].
    #[must_use]
    pub fn lossy(mut self, on: bool) -> Self {
        self.lossy = on;
        self
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl From<&Options> for Options {
    fn from(options: &Options) -> Self {
        options.clone()
    }
}
