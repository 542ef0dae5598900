//! The store's one handle on the database file, and the one way it writes: each write is one
//! immediate transaction, after the file's deferred check has passed. Every table's file adds
//! its methods to [`Store`] in an `impl` block of its own.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, Transaction, TransactionBehavior};
use tracing::instrument;

use super::backup::{BackupGate, move_aside};
use super::error::{OpenError, Result, StoreError};
use super::file::timed_quick_check;
use super::keys::Key;
use super::kinds::{Counts, Kind};
use super::row;

/// Where the deferred check stands (see [`Check::BeforeFirstWrite`](super::Check::BeforeFirstWrite)).
#[derive(Debug, Clone)]
pub(super) enum Checked {
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
    pub(super) conn: Connection,
    pub(super) path: PathBuf,
    /// The database key, when the data is encrypted; backups use it too.
    pub(super) key: Option<Key>,
    pub(super) checked: std::cell::RefCell<Checked>,
    /// Keeps a backup made on its own connection apart from the changes that replace the
    /// file or its key.
    pub(super) backup_gate: BackupGate,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Runs the check that opening left for later (see [`Check::BeforeFirstWrite`](super::Check::BeforeFirstWrite)), if it
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
    pub(super) fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
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
    pub(super) fn soft_delete<T: row::Table>(
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
}
