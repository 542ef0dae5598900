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
mod error;
mod file;
pub mod files;
pub(crate) mod help_lines;
mod insight_sums;
mod insights;
mod keys;
pub mod kinds;
mod migrations;
pub(crate) mod named;
pub(crate) mod parts;
mod pauses;
pub(crate) mod phrases;
pub(crate) mod practice;
pub(crate) mod record;
pub(crate) mod reflections;
pub(crate) mod repairs;
pub(crate) mod row;
pub(crate) mod ruptures;
pub mod search;
mod settings;
pub mod synthetic;
pub mod timeline;
pub mod transfer;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};
use tracing::{info, instrument};

use crate::domain::{
    CheckInId, HelpLineId, Moment, PartId, PauseId, PersonId, PhraseId, PracticeId, ReflectionId,
    RepairId, RuptureId,
};

pub use crate::domain::lock::{AppLock, PinOutcome};
pub use backup::{
    BACKUP_DIR, BackupInfo, BackupKind, BackupSource, Health, backup_dir, check_file, check_health,
    list_backups, restore_file,
};
pub use error::{Doing, OpenError, Result, StoreError};
use file::{check_before_writing, initialize_sqlite, quick_check};
pub use insights::{Insights, insights_statements};
use keys::{Key, apply_key};
pub use kinds::{Counts, Kind};
pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};
pub use named::{NamedKind, Parts, People};
pub use parts::{ArchivedPart, PartCheckIn, PartRecord, PartStats, PartSummary};
pub use ruptures::RuptureLinks;
pub use settings::{Settings, TextSize, Theme};

/// The database file's name inside the data folder.
pub const DB_FILE: &str = "mend.db";

/// How long a write waits for another connection before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether an error means the file cannot be written where it is.
fn cannot_write(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen)
    )
}

/// The database file's name, as the other files beside it are named after it.
fn db_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or(DB_FILE)
}

/// What a failure to make or change the data folder means: read-only, or another problem.
fn folder_error(path: &Path, source: std::io::Error) -> OpenError {
    use std::io::ErrorKind;
    match source.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => OpenError::ReadOnly {
            path: path.to_path_buf(),
        },
        _ => OpenError::Folder {
            path: path.parent().unwrap_or(path).to_path_buf(),
            source,
        },
    }
}

/// The folder of the database at `path`, made (`0700`) or, if an earlier Mend left it open
/// to others, tightened with everything of Mend's in it.
fn prepare_folder(path: &Path) -> Result<(), OpenError> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => files::prepare_data_folder(dir, db_name(path))
            .map_err(|source| folder_error(path, source)),
        None => Ok(()),
    }
}

/// When opening runs `PRAGMA quick_check` on the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Before the store is returned: what the command line and the tests use.
    AtOpen,
    /// Before the first write, or when [`Store::finish_opening`] is called, whichever comes
    /// first: the app calls it right after its first screen has painted, so that the check
    /// (a fifth of start-up with ten years of data here) is not waited for. Until the check
    /// has passed the connection is `query_only`, so SQLite itself refuses any write, and a
    /// write of ours runs the check first. A file that needs migrating, or that is not yet in
    /// WAL mode (new, or just restored), is checked at open all the same.
    BeforeFirstWrite,
}

/// Where the deferred check stands (see [`Check::BeforeFirstWrite`]).
#[derive(Debug, Clone)]
enum Checked {
    Pending,
    Passed,
    /// The file failed it and was moved aside: nothing more is done with it.
    Failed {
        moved_to: PathBuf,
        backup: Option<PathBuf>,
    },
}

/// The one handle on the database file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The database key, when the data is encrypted; backups use it too.
    key: Option<Key>,
    checked: std::cell::RefCell<Checked>,
    /// Keeps a backup made on its own connection apart from the changes that replace the
    /// file or its key.
    backup_gate: backup::BackupGate,
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

    /// Opens (or creates) `mend.db` inside `dir`, checking the file when `check` says.
    pub fn open_in_with(dir: &Path, check: Check) -> Result<Self, OpenError> {
        Self::open_with(&dir.join(DB_FILE), check)
    }

    /// Opens (or creates) the database at `path`. A file that is not a Mend database, or that
    /// a newer Mend wrote, is refused before anything is written to it. Encrypted data needs
    /// [`Store::unlock`] instead.
    pub fn open(path: &Path) -> Result<Self, OpenError> {
        Self::open_with(path, Check::AtOpen)
    }

    /// As [`Store::open`], checking the file when `check` says.
    pub fn open_with(path: &Path, check: Check) -> Result<Self, OpenError> {
        prepare_folder(path)?;
        if keys::is_encrypted(path) {
            return Err(OpenError::Locked {
                path: path.to_path_buf(),
            });
        }
        Self::open_keyed(path, None, check)
    }

    /// Opens encrypted data in `dir` with its passphrase. A wrong passphrase changes nothing.
    /// If a change of passphrase was cut short, either the old or the new one opens it, and
    /// the change is finished.
    pub fn unlock(dir: &Path, passphrase: &str) -> Result<Self, OpenError> {
        Self::unlock_with(dir, passphrase, Check::AtOpen)
    }

    /// As [`Store::unlock`], checking the file when `check` says.
    #[instrument(skip_all, err)]
    pub fn unlock_with(dir: &Path, passphrase: &str, check: Check) -> Result<Self, OpenError> {
        let path = dir.join(DB_FILE);
        prepare_folder(&path)?;
        let settled = keys::key_file(&path);
        let pending = keys::new_key_file(&path);
        let infos = keys::key_infos(&path);
        if infos.is_empty() {
            return Self::open_with(&path, check);
        }
        for (i, info) in infos.iter().enumerate() {
            let deriving = std::time::Instant::now();
            let key = info.derive(passphrase).map_err(OpenError::Key)?;
            info!(key_ms = deriving.elapsed().as_millis(), "key derived");
            match Self::open_keyed(&path, Some(key), check) {
                Ok(store) => {
                    if i > 0 || pending.exists() {
                        // Finish (or undo) the change that was cut short: the key that
                        // worked is the one to keep.
                        let keep = if i == 0 { &settled } else { &pending };
                        if keep == &pending {
                            std::fs::rename(&pending, &settled)
                        } else {
                            std::fs::remove_file(&pending)
                        }
                        .map_err(|source| OpenError::Folder {
                            path: settled.clone(),
                            source,
                        })?;
                    }
                    return Ok(store);
                }
                Err(OpenError::WrongPassphrase { .. }) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(OpenError::WrongPassphrase { path })
    }

    #[instrument(skip_all, err, fields(path = %path.display()))]
    fn open_keyed(path: &Path, key: Option<Key>, check: Check) -> Result<Self, OpenError> {
        initialize_sqlite();
        let owned = path.to_path_buf();
        // SQLite fills the file Mend made, so it is only ever the owner's (its log files
        // take its mode).
        files::create_empty(path).map_err(|source| folder_error(path, source))?;
        let sqlite = |source: rusqlite::Error| {
            if cannot_write(&source) {
                OpenError::ReadOnly {
                    path: owned.clone(),
                }
            } else {
                OpenError::Sqlite {
                    path: owned.clone(),
                    source,
                }
            }
        };
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        if let Some(key) = &key {
            apply_key(&conn, key).map_err(sqlite)?;
        }

        // Read-only checks first: nothing may be written to a file we are going to refuse.
        match check_before_writing(&conn, path) {
            Err(OpenError::NotMend { .. }) if key.is_some() => {
                return Err(OpenError::WrongPassphrase { path: owned });
            }
            // A data file on a read-only filesystem can't even be read in WAL mode, as its
            // index file can't be made beside it.
            Err(OpenError::Sqlite { source, .. }) if cannot_write(&source) => {
                return Err(OpenError::ReadOnly { path: owned });
            }
            other => other?,
        }
        // The check waits only for a file that is current and in WAL mode already: setting
        // WAL mode or migrating would write to it.
        let defer = check == Check::BeforeFirstWrite
            && migrations::is_current(&conn).map_err(sqlite)?
            && conn
                .pragma_query_value(None, "journal_mode", |r| r.get::<_, String>(0))
                .map_err(sqlite)?
                .eq_ignore_ascii_case("wal");
        if defer {
            conn.pragma_update(None, "query_only", true)
                .map_err(sqlite)?;
        } else if let Err(problem) = timed_quick_check(&conn) {
            drop(conn);
            tracing::error!(%problem, "the data file is damaged");
            return Err(move_aside(path, key.as_ref()));
        }

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
        if migrations::needs_update(&conn).map_err(sqlite)? {
            backup::before_migration(&conn, key.as_ref(), path)?;
        }
        migrations::migrate(&mut conn).map_err(|source| OpenError::Migrate {
            path: owned.clone(),
            source,
        })?;
        info!(encrypted = key.is_some(), checked = !defer, "store open");
        Ok(Self {
            conn,
            path: owned,
            key,
            checked: std::cell::RefCell::new(if defer {
                Checked::Pending
            } else {
                Checked::Passed
            }),
            backup_gate: backup::BackupGate::of(path),
        })
    }

    /// Runs the check that opening left for later (see [`Check::BeforeFirstWrite`]), if it
    /// has not run: a sound file may then be written to; a damaged one is moved aside, as at
    /// open, and every later write is refused with the same error.
    pub fn ensure_checked(&self) -> Result<(), OpenError> {
        let state = self.checked.borrow().clone();
        match state {
            Checked::Passed => Ok(()),
            Checked::Failed { moved_to, backup } => Err(OpenError::Damaged {
                path: self.path.clone(),
                moved_to,
                backup,
            }),
            Checked::Pending => {
                let now = match timed_quick_check(&self.conn) {
                    Ok(()) => {
                        self.conn
                            .pragma_update(None, "query_only", false)
                            .map_err(|source| OpenError::Sqlite {
                                path: self.path.clone(),
                                source,
                            })?;
                        Checked::Passed
                    }
                    Err(problem) => {
                        tracing::error!(%problem, "the data file is damaged");
                        match move_aside(&self.path, self.key.as_ref()) {
                            OpenError::Damaged {
                                moved_to, backup, ..
                            } => Checked::Failed { moved_to, backup },
                            other => return Err(other),
                        }
                    }
                };
                *self.checked.borrow_mut() = now;
                self.ensure_checked()
            }
        }
    }

    /// What the app does once its first screen has painted: the check left for later, then
    /// clearing away records deleted in an earlier session (their undo window has passed)
    /// and any file an import that did not finish, or an export handed over, left behind.
    /// Only a damaged file is an error; a purge that fails leaves the records hidden.
    pub fn finish_opening(&mut self, now: &Moment) -> Result<(), OpenError> {
        self.ensure_checked()?;
        if let Err(err) = self.purge_deleted(now) {
            tracing::warn!(%err, "could not clear deleted records; they stay hidden");
        }
        if let Some(dir) = self.path.parent() {
            if let Err(err) = transfer::incoming::sweep(dir) {
                tracing::warn!(%err, "could not clear away a file left from an import");
            }
            // An export handed over before has been taken by now, or never will be.
            if let Err(err) = files::clear_folder(&dir.join(files::OUTGOING_DIR)) {
                tracing::warn!(%err, "could not clear away an export handed over before");
            }
        }
        Ok(())
    }

    /// How many records of each kind there are (deleted ones not counted).
    pub fn counts(&self) -> Result<Counts> {
        let mut counts = Counts::default();
        for kind in Kind::ALL {
            let live = if kind.soft_delete() {
                " WHERE deleted_at_ms IS NULL"
            } else {
                ""
            };
            let sql = format!("SELECT count(*) FROM {}{live}", kind.table());
            *counts.of(kind) = self.conn.query_row(&sql, [], |r| r.get::<_, i64>(0))? as usize;
        }
        Ok(counts)
    }

    /// Caps the file at `max_pages` pages of 4 KiB, as a full disk would (for tests, and for
    /// anyone who wants a quota). Writes beyond it fail with "out of space".
    pub fn cap_size(&self, max_pages: u32) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {max_pages}"), [], |_| {
                Ok(())
            })?;
        Ok(())
    }

    /// The key of encrypted data (none for plain data), for a restore of its backups.
    pub fn key(&self) -> Option<&Key> {
        self.key.as_ref()
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
        self.ensure_checked()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Deletes a record softly (at `at`, UTC milliseconds) or brings it back (`None`), in
    /// one write; `what` names it when there is none in the other state.
    fn soft_delete<T: row::Table>(
        &mut self,
        id: impl rusqlite::ToSql,
        at: Option<i64>,
        what: &'static str,
    ) -> Result<()> {
        self.write(|tx| {
            if row::set_deleted(tx, T::TABLE, id, at)? {
                Ok(())
            } else {
                Err(StoreError::NotFound(what))
            }
        })
    }

    /// Deletes everything Mend keeps: the database with its log files, every backup, any
    /// damaged file moved aside, and the settings (which live in the database). Then starts
    /// again with a fresh, empty store in the same place.
    #[instrument(skip_all, err)]
    pub fn delete_everything(&mut self) -> Result<(), OpenError> {
        let gate = self.backup_gate.clone();
        // A backup being made finishes first; one planned before this is not made after it.
        let _replacing = gate.replacing();
        let path = self.path.clone();
        let failed = |source: std::io::Error| OpenError::Folder {
            path: path.clone(),
            source,
        };
        // Close the file first: its handle goes, a throwaway one takes its place.
        self.conn = Connection::open_in_memory().map_err(|source| OpenError::Sqlite {
            path: path.clone(),
            source,
        })?;
        let name = db_name(&path);
        if let Some(dir) = path.parent() {
            for entry in std::fs::read_dir(dir).map_err(failed)? {
                let entry = entry.map_err(failed)?;
                let file = entry.file_name();
                let is_file = entry.file_type().map_err(failed)?.is_file();
                if is_file && files::is_ours(&file.to_string_lossy(), name) {
                    std::fs::remove_file(entry.path()).map_err(failed)?;
                }
            }
            match std::fs::remove_dir_all(backup_dir(&path)) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(failed(e)),
            }
        }
        info!("everything deleted");
        *self = Store::open(&path)?;
        Ok(())
    }

    /// Moves what was written into the main file, as far as it can without waiting for
    /// anyone: for when Mend goes to the background, where a phone may end it without
    /// warning. (Every commit is already durable in the write-ahead log; this keeps the log
    /// short, so the next start is quick.)
    #[instrument(skip_all, err)]
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
        Ok(())
    }

    /// Undoes what was just done: brings back a deleted record or phrase, or puts an
    /// archived part back on the chips.
    pub fn undo(&mut self, undo: crate::domain::Undo) -> Result<()> {
        use crate::domain::Undo;
        match undo {
            Undo::Delete(kind, id) => self.undo_delete(kind, id),
            Undo::ArchivePart(id) => self.unarchive::<Parts>(id),
            Undo::DeletePhrase(id) => self.undo_delete_own_phrase(id),
            Undo::DeleteHelpLine(id) => self.undo_delete_help_line(id),
        }
    }

    /// Removes for good the records deleted before `before` (their undo window has passed).
    #[instrument(skip_all, err)]
    pub fn purge_deleted(&mut self, before: &Moment) -> Result<usize> {
        let cutoff = before.timestamp_millis();
        let n = self.write(|tx| {
            let mut n = 0;
            // Children first: a repair goes before the rupture it belongs to.
            for kind in Kind::ALL.iter().rev().filter(|k| k.soft_delete()) {
                n += tx.execute(
                    &format!(
                        "DELETE FROM {} WHERE deleted_at_ms IS NOT NULL AND deleted_at_ms < ?1",
                        kind.table()
                    ),
                    [cutoff],
                )?;
            }
            Ok(n)
        })?;
        if n > 0 {
            // The search indexes keep deleted words until their segments are merged.
            for table in search::FTS_TABLES {
                self.conn.execute(
                    &format!("INSERT INTO {table} ({table}) VALUES ('optimize')"),
                    [],
                )?;
            }
            // Move everything into the main file and empty the log, so the erased text is
            // in neither.
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(n)
    }
}

/// `PRAGMA quick_check`, with its time in the log.
fn timed_quick_check(conn: &Connection) -> std::result::Result<(), String> {
    let checking = std::time::Instant::now();
    let checked = quick_check(conn);
    info!(
        quick_check_ms = checking.elapsed().as_millis(),
        "the data file checked"
    );
    checked
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

/// Levels and sizes are kept as small integers, which the tables' CHECKs bound; a value out
/// of range is an error, never a guess.
macro_rules! bounded_sql {
    ($($t:ty),*) => {$(
        impl rusqlite::types::ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.get()))
            }
        }

        impl rusqlite::types::FromSql for $t {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let n = value.as_i64()?;
                u8::try_from(n)
                    .ok()
                    .and_then(<$t>::new)
                    .ok_or(rusqlite::types::FromSqlError::OutOfRange(n))
            }
        }
    )*};
}

bounded_sql!(crate::domain::Level, crate::domain::Severity);

/// A kind of identifier that can be made fresh.
pub trait Random {
    fn random() -> Self;
}

id_sql!(
    PartId,
    PersonId,
    CheckInId,
    PauseId,
    RuptureId,
    RepairId,
    ReflectionId,
    PhraseId,
    PracticeId,
    HelpLineId
);

/// Moves a damaged database (and its log files) aside, never deleting or overwriting it,
/// and finds the newest good backup to offer instead.
fn move_aside(path: &Path, key: Option<&Key>) -> OpenError {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let aside = |p: &Path| PathBuf::from(format!("{}.damaged-{stamp}", p.display()));
    let moved_to = aside(path);
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", path.display()));
        if from.exists()
            && let Err(err) = std::fs::rename(&from, aside(&from))
        {
            tracing::error!(%err, file = %from.display(), "could not move a damaged file aside");
            return OpenError::ReadOnly {
                path: path.to_path_buf(),
            };
        }
    }
    let backup = list_backups(&backup_dir(path))
        .unwrap_or_default()
        .into_iter()
        .find(|b| check_file(&b.path, key).is_ok())
        .map(|b| b.path);
    OpenError::Damaged {
        path: path.to_path_buf(),
        moved_to,
        backup,
    }
}

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
