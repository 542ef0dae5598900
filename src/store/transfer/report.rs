//! What an import says: its report, or why it refused the file as a whole.

use crate::store::StoreError;
use crate::store::kinds::Counts;

/// Why a file was refused as a whole. Nothing was written. The words people see are chosen
/// in `ui::errors`; these are for the log.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("empty file")]
    Empty,
    #[error("file too large ({mb} MB)")]
    TooBig { mb: usize },
    #[error("file cut short")]
    Truncated,
    #[error("not a Mend export")]
    NotMend,
    #[error("export format {found}, newer than {known}")]
    Newer { found: u32, known: u32 },
    #[error("damaged export: {detail}")]
    Damaged { detail: String },
    /// A file sent from the page that stopped part of the way (see `incoming`); how much
    /// arrived, in words ("12 MB").
    #[error("only {arrived} arrived")]
    Cut { arrived: String },
    /// A piece sent from the page out of its place.
    #[error("pieces out of order")]
    Garbled,
    /// The file could not be kept while it arrived.
    #[error("couldn't keep the arriving file: {0}")]
    Receiving(#[source] std::io::Error),
    /// The file could not be read.
    #[error("couldn't read the file: {0}")]
    Reading(#[source] std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A record that was not imported, and why; or one imported with a change, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    pub kind: &'static str,
    pub id: Option<String>,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// New here.
    pub added: Counts,
    /// Here already, and the file's edit was newer.
    pub updated: Counts,
    /// Here already and as new or newer, or deleted here.
    pub skipped: Counts,
    /// Parts and people from the file joined to ones here with the same name.
    pub merged: Counts,
    pub rejected: Vec<Rejection>,
    /// Records imported with a change, and what changed (a part merged into a part that is
    /// neither in the file nor here keeps no link to it).
    pub amended: Vec<Rejection>,
}

impl ImportReport {
    /// A short summary for people.
    pub fn summary(&self) -> String {
        let mut lines = vec![
            format!("Added: {}.", self.added),
            format!("Updated: {}.", self.updated),
            format!("Already here: {}.", self.skipped),
        ];
        if self.merged.total() > 0 {
            lines.push(format!(
                "Joined to yours with the same name: {}.",
                self.merged
            ));
        }
        for (heading, list) in [
            ("Imported with a change", &self.amended),
            ("Not imported", &self.rejected),
        ] {
            if list.is_empty() {
                continue;
            }
            lines.push(format!("{heading}: {}.", list.len()));
            for r in list.iter().take(20) {
                lines.push(format!(
                    "  a {} ({}): {}",
                    r.kind,
                    r.id.as_deref().unwrap_or("no id"),
                    r.reason
                ));
            }
            if list.len() > 20 {
                lines.push(format!("  and {} more.", list.len() - 20));
            }
        }
        lines.join("\n")
    }
}
