//! newsprint: clean text extracted from newspaper pages.

pub mod lines;
pub mod log;
pub mod options;
pub mod repair;
pub mod script;

pub use log::{Edit, Repair, RepairKind};
pub use options::Options;
