//! Export and import: everything in one versioned JSON file (and CSV files for
//! spreadsheets), and a careful, all-or-nothing, repeatable import of such a file.

mod export;
pub mod format;
mod import;
pub mod incoming;

pub use crate::store::kinds::Counts;
pub use export::{Exported, Snapshot, write_csv, write_json};
pub use import::{ImportError, ImportReport, MAX_IMPORT_BYTES, Rejection};
pub use incoming::{Arrived, Incoming, Mapped};
