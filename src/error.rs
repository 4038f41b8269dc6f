//! [`Error`]: what can go wrong before cleaning starts.

/// Errors of the fallible entry points ([`clean_bytes`](crate::clean_bytes),
/// [`Cleaner::stream`](crate::Cleaner::stream)). Cleaning a `&str` never fails.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not valid UTF-8; `offset` is the byte offset of the
    /// first invalid byte. Use [`Options::lossy`](crate::Options::lossy) to
    /// replace such bytes instead.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte in the input.
        offset: usize,
    },
    /// Reading the input failed.
    #[error("cannot read input: {0}")]
    Io(#[from] std::io::Error),
}
