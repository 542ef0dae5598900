//! The store: the only module that names rusqlite. It owns the SQLite file, its schema and
//! every query. Opening it creates the folder, checks the file, sets the pragmas and migrates
//! before returning, so an unmigrated handle never exists. The app may leave the check of a
//! current file until just after its first paint ([`Check::BeforeFirstWrite`]); nothing is
//! written before it has passed.

mod app_lock;
mod backup;
mod bulk;
mod checkins;
pub mod cipher;
pub(crate) mod declare;
mod error;
mod file;
pub mod files;
mod handle;
pub(crate) mod help_lines;
mod insight_sums;
mod insights;
mod keys;
pub mod kinds;
mod lifecycle;
mod migrations;
pub(crate) mod named;
mod open;
pub(crate) mod parts;
mod pauses;
pub(crate) mod phrases;
pub(crate) mod practice;
mod reason;
pub(crate) mod record;
pub(crate) mod reflections;
pub(crate) mod repairs;
pub(crate) mod row;
pub(crate) mod ruptures;
pub mod search;
mod settings;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub(crate) mod talks;
pub mod timeline;
pub mod transfer;
mod values;
mod version;

pub use crate::domain::lock::{AppLock, PinOutcome};
pub use backup::{
    BACKUP_DIR, BackupInfo, BackupKind, BackupSource, Health, Problem, backup_dir, check_file,
    check_health, list_backups, restore_file,
};
pub use error::{CheckFailed, Doing, OpenError, Result, StoreError};
pub use files::DB_FILE;
pub use handle::Store;
pub use insights::{Insights, insights_statements};
pub use kinds::{Counts, Kind};
pub use named::{NamedKind, Parts, People, name_new_data_in};
pub use open::Check;
pub use parts::{ArchivedPart, PartCheckIn, PartRecord, PartStats, PartSummary};
pub use ruptures::RuptureLinks;
pub use settings::{ReadyBelow, Settings, TextSize, Theme};
pub use values::Random;
pub use version::{APPLICATION_ID, SCHEMA_VERSION};
