//! One data file, looked at before anything is written to it: opening it read-only (with
//! its key if it is encrypted), telling a Mend file from any other and from a newer Mend's,
//! and checking that it is sound. It imports nothing of the store but the key and the
//! schema's version, so every part of the store can use it.

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::{CheckFailed, OpenError};
use super::keys::{Key, apply_key};
use super::version::{APPLICATION_ID, SCHEMA_VERSION};

/// Initialises SQLite once, before any connection of ours: SQLCipher registers its own SQL
/// functions (`sqlcipher_export`) for every later connection at the end of its
/// initialisation, and a connection opened on another thread in the middle of it would miss
/// them.
pub(crate) fn initialize_sqlite() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: sqlite3_initialize takes no arguments and is safe to call at any time.
        let rc = unsafe { rusqlite::ffi::sqlite3_initialize() };
        if rc != rusqlite::ffi::SQLITE_OK {
            tracing::error!(rc, "SQLite did not initialise");
        }
    });
}

/// Opens a database file read-only, with its key if it is encrypted.
pub(super) fn open_read_only(path: &Path, key: Option<&Key>) -> rusqlite::Result<Connection> {
    initialize_sqlite();
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if let Some(key) = key {
        apply_key(&conn, key)?;
    }
    Ok(conn)
}

/// Whether the file at `path` is a sound Mend database this build can open: a Mend file,
/// no newer than this build, passing `integrity_check`. Read only.
pub fn check_file(path: &Path, key: Option<&Key>) -> Result<(), CheckFailed> {
    let conn = open_read_only(path, key)?;
    check_before_writing(&conn, path)?;
    let verdict: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(CheckFailed::Damaged(verdict))
    }
}

/// `PRAGMA quick_check`, read only: `Ok` for a sound file, else what SQLite found.
pub(super) fn quick_check(conn: &Connection) -> Result<(), CheckFailed> {
    let verdict: String = conn.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(CheckFailed::Damaged(verdict))
    }
}

/// Refuses, before anything is written, a file that is not a Mend file or that a newer
/// Mend wrote; a fresh empty file is welcome.
pub(super) fn check_before_writing(conn: &Connection, path: &Path) -> Result<(), OpenError> {
    let not_mend = || OpenError::NotMend {
        path: path.to_path_buf(),
    };
    let read = |sql: &str| -> Result<i64, OpenError> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|source| match &source {
                rusqlite::Error::SqliteFailure(e, _) if e.code == ErrorCode::NotADatabase => {
                    not_mend()
                }
                _ => OpenError::Sqlite {
                    path: path.to_path_buf(),
                    source,
                },
            })
    };
    let version = read("PRAGMA user_version")?;
    let app_id = read("PRAGMA application_id")?;
    let objects = read("SELECT count(*) FROM sqlite_schema")?;
    let fresh = version == 0 && app_id == 0 && objects == 0;
    if !fresh && app_id != i64::from(APPLICATION_ID) {
        return Err(not_mend());
    }
    let found = usize::try_from(version).unwrap_or(usize::MAX);
    if found > SCHEMA_VERSION {
        return Err(OpenError::Newer {
            path: path.to_path_buf(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// `PRAGMA quick_check`, with its time in the log.
pub(super) fn timed_quick_check(conn: &Connection) -> Result<(), CheckFailed> {
    let checking = std::time::Instant::now();
    let checked = quick_check(conn);
    tracing::info!(
        quick_check_ms = checking.elapsed().as_millis(),
        "the data file checked"
    );
    checked
}
