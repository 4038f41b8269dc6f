//! Stage 2: find the extra copies that fake-bold printing leaves in extracted text.

use crate::lines::Line;
use crate::log::Edit;
use crate::options::Options;

/// Finds the extra copies of doubled (fake-bold) text in `input`.
///
/// Returns deletions ([`Edit`]s of kind
/// [`DoubledCopy`](crate::RepairKind::DoubledCopy)), sorted by position and
/// not overlapping. A whole line that repeats the line before is deleted by
/// an edit spanning exactly that line's `trimmed` range.
pub fn find_doubled(input: &str, lines: &[Line], options: &Options) -> Vec<Edit> {
    let _ = (input, lines, options);
    Vec::new()
}
