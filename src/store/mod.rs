//! The store: the only module that names rusqlite. It owns the SQLite file, its schema and
//! every query. Opening it creates the folder, checks the file, sets the pragmas and migrates
//! before returning, so an unmigrated handle never exists.

mod checkins;
mod migrations;
mod named;
mod pauses;
mod repairs;
mod ruptures;
mod settings;
mod timeline;
pub mod transfer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use tracing::{info, instrument};

use crate::domain::pause::PauseError;
use crate::domain::repair::RepairError;
use crate::domain::{CheckInId, Moment, PartId, PauseId, PersonId, RepairId, RuptureId, TextError};

pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};
pub use named::{NamedKind, Parts, People};
pub use ruptures::RuptureLinks;
pub use settings::{Settings, Theme};

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "mend.db";

/// How long a write waits for another connection before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why the data could not be opened. Each message is shown to the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("Mend couldn't create its data folder at {path}. {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "The file at {path} isn't a Mend data file, so Mend has left it exactly as it is. Move it somewhere else, or point MEND_DATA_DIR at another folder, and Mend will start fresh."
    )]
    NotMend { path: PathBuf },
    #[error(
        "This data was saved by a newer version of Mend (data version {found}; this version knows up to {known}). Mend has left it untouched so nothing is lost. Please update Mend to open it. The file is at {path}."
    )]
    Newer {
        path: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("Mend couldn't open its data at {path}. {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("Mend couldn't bring its data at {path} up to date, and changed nothing. {source}")]
    Migrate {
        path: PathBuf,
        source: rusqlite_migration::Error,
    },
}

impl OpenError {
    /// The file the problem is about.
    pub fn path(&self) -> &Path {
        match self {
            OpenError::Folder { path, .. }
            | OpenError::NotMend { path }
            | OpenError::Newer { path, .. }
            | OpenError::Sqlite { path, .. }
            | OpenError::Migrate { path, .. } => path,
        }
    }
}

/// Why a read or a write did not happen. Each message is shown to the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Text(#[from] TextError),
    #[error(transparent)]
    Pause(#[from] PauseError),
    #[error(transparent)]
    Repair(#[from] RepairError),
    #[error("That {0} couldn't be found. It may have been deleted.")]
    NotFound(&'static str),
    #[error("You already have one called “{0}”.")]
    NameTaken(String),
    #[error("This rupture is already {0}. Open it again first if you'd like to repair more.")]
    RuptureClosed(&'static str),
    /// The details go to the log, not the screen.
    #[error("Mend couldn't reach its data just now, and nothing was changed. Please try again.")]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The one handle on the database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) `mend.db` inside `dir`.
    pub fn open_in(dir: &Path) -> Result<Self, OpenError> {
        Self::open(&dir.join(DB_FILE))
    }

    /// Opens (or creates) the database at `path`. A file that is not a Mend database, or that
    /// a newer Mend wrote, is refused before anything is written to it.
    #[instrument(skip_all, err, fields(path = %path.display()))]
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        let owned = path.to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| OpenError::Folder {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let sqlite = |source| OpenError::Sqlite {
            path: owned.clone(),
            source,
        };
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;

        // Read-only checks first: nothing may be written to a file we are going to refuse.
        migrations::check_before_writing(&conn, path)?;

        // Each write is one human action, so full durability costs nothing noticeable.
        // Deleted text is overwritten rather than just unlinked (secure_delete).
        for (pragma, value) in [
            ("journal_mode", "WAL"),
            ("synchronous", "FULL"),
            ("foreign_keys", "ON"),
            ("secure_delete", "ON"),
        ] {
            conn.pragma_update(None, pragma, value).map_err(sqlite)?;
        }
        add_functions(&conn).map_err(sqlite)?;
        migrations::migrate(&mut conn).map_err(|source| OpenError::Migrate {
            path: owned.clone(),
            source,
        })?;
        info!("store open");
        Ok(Self { conn, path: owned })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        Ok(usize::try_from(v).unwrap_or(0))
    }

    /// Runs `f` in one immediate transaction: all of it is written, or none of it.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Removes for good the records deleted before `before` (their undo window has passed).
    #[instrument(skip_all, err)]
    pub fn purge_deleted(&mut self, before: &Moment) -> Result<usize> {
        let cutoff = before.timestamp_millis();
        let n = self.write(|tx| {
            let mut n = 0;
            for table in ["repairs", "checkins", "pauses", "ruptures"] {
                n += tx.execute(
                    &format!(
                        "DELETE FROM {table} WHERE deleted_at_ms IS NOT NULL AND deleted_at_ms < ?1"
                    ),
                    [cutoff],
                )?;
            }
            Ok(n)
        })?;
        if n > 0 {
            // Move everything into the main file and empty the log, so the erased text is
            // in neither.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(n)
    }
}

/// Identifiers are kept as hyphenated UUID text, readable in any SQLite tool.
macro_rules! id_sql {
    ($($id:ty),*) => {$(
        impl rusqlite::types::ToSql for $id {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.0.hyphenated().to_string()))
            }
        }

        impl rusqlite::types::FromSql for $id {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                uuid::Uuid::parse_str(value.as_str()?)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }

        impl Random for $id {
            fn random() -> Self {
                <$id>::random()
            }
        }
    )*};
}

/// A kind of identifier that can be made fresh.
pub trait Random {
    fn random() -> Self;
}

id_sql!(PartId, PersonId, CheckInId, PauseId, RuptureId, RepairId);

/// SQL functions of our own: `fold(text)` lower-cases any script (SQLite's own `lower()` and
/// `LIKE` only fold ASCII), so "émile" finds "Émile".
fn add_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    use rusqlite::types::ValueRef;
    conn.create_scalar_function(
        "fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                ValueRef::Text(t) => Some(String::from_utf8_lossy(t).to_lowercase()),
                _ => None,
            })
        },
    )
}

/// Reads a JSON list of strings kept in a text column; a damaged value reads as empty.
pub(crate) fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_else(|err| {
        tracing::warn!(%err, "a stored list could not be read");
        Vec::new()
    })
}

/// Writes a list of strings for a text column.
pub(crate) fn to_json_list(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}
