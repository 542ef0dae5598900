//! Opening the store in its six ways (a folder or a file, plain or with a passphrase, checked
//! now or before the first write), and what the app does once its first screen has painted.
//! The file is looked at before anything is written to it, then set up and migrated, so an
//! unmigrated handle never exists.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};
use tracing::{info, instrument};

use super::backup::{self, move_aside};
use super::error::OpenError;
use super::file::{check_before_writing, initialize_sqlite, timed_quick_check};
use super::files::{self, DB_FILE, db_name};
use super::handle::{Checked, Store};
use super::keys::{self, Key, apply_key};
use super::values::add_functions;
use super::{migrations, transfer, version};
use crate::domain::Moment;

/// How long a write waits for another connection before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Whether an error means the file cannot be written where it is.
fn cannot_write(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied | ErrorCode::CannotOpen)
    )
}

/// Whether SQLite found the file damaged.
fn is_corrupt(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(ErrorCode::DatabaseCorrupt)
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
    pub(super) fn open_keyed(
        path: &Path,
        key: Option<Key>,
        check: Check,
    ) -> Result<Self, OpenError> {
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
            // Damage SQLite meets before any check (in the file's list of tables): the
            // same as damage the check finds.
            Err(OpenError::Sqlite { source, .. }) if is_corrupt(&source) => {
                drop(conn);
                tracing::error!(%source, "the data file is damaged");
                return Err(move_aside(path, key.as_ref()));
            }
            other => other?,
        }
        // The check waits only for a file that is current and in WAL mode already: setting
        // WAL mode or migrating would write to it.
        let defer = check == Check::BeforeFirstWrite
            && version::is_current(&conn).map_err(sqlite)?
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
        if version::needs_update(&conn).map_err(sqlite)? {
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
}
