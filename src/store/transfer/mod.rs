//! Export and import: everything in one versioned JSON file (and CSV files for
//! spreadsheets), and a careful, all-or-nothing, repeatable import of such a file.

mod arriving;
mod export;
pub mod format;
mod import;
pub mod incoming;
mod mapped;
mod report;

pub use crate::store::kinds::Counts;
pub use arriving::Arriving;
pub use export::{Exported, Snapshot, write_csv, write_json};
pub use import::MAX_IMPORT_BYTES;
pub use incoming::{Arrived, Incoming};
pub use mapped::Mapped;
pub use report::{ImportError, ImportReport, Rejection};
