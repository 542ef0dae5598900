//! The data's life beyond single records: backups made and restored, deletes undone and,
//! after their window, purged for good, and everything deleted at once.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use tracing::{info, instrument};

use super::backup::{
    BackupInfo, BackupKind, BackupSource, backup_dir, check_file, io, list_backups, make_backup,
    make_due,
};
use super::error::{OpenError, Result, StoreError};
use super::file::open_read_only;
use super::files::{self, db_name};
use super::handle::Store;
use super::kinds::Kind;
use super::named::Parts;
use super::{migrations, search};
use crate::domain::Moment;

impl Store {
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

    /// Undoes what was just done: brings back a deleted record or phrase, or puts an
    /// archived part back on the chips.
    pub fn undo(&mut self, undo: crate::domain::Undo) -> Result<()> {
        use crate::domain::Undo;
        match undo {
            Undo::Delete(entry) => self.undo_delete(entry),
            Undo::ArchivePart(id) => self.unarchive::<Parts>(id),
            Undo::DeletePhrase(id) => self.undo_delete_own_phrase(id),
            Undo::DeleteHelpLine(id) => self.undo_delete_help_line(id),
            Undo::DeleteShared(id) => self.undo_delete_shared_words(id),
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

impl Store {
    /// The folder holding this store's backups.
    pub fn backup_dir(&self) -> PathBuf {
        backup_dir(&self.path)
    }

    /// Makes a backup now.
    #[instrument(skip_all, err)]
    pub fn backup(&self, kind: BackupKind, now: &Moment) -> Result<BackupInfo> {
        // A copy is only made of a file that passed its check.
        self.ensure_checked()?;
        make_backup(
            &self.conn,
            self.key.as_ref(),
            &self.backup_dir(),
            kind,
            now.to_utc(),
        )
    }

    /// The daily backup, if none was made yet on this day (in the user's local date), and the
    /// weekly one if none was made this week. Returns what was made.
    #[instrument(skip_all, err)]
    pub fn backup_if_due(&self, now: &Moment) -> Result<Vec<BackupInfo>> {
        make_due(&self.backup_dir(), now, |kind| self.backup(kind, now))
    }

    /// What the daily backup needs to be made apart from this store, on a connection of its
    /// own ([`BackupSource::backup_if_due`]), so that saves go on while the copy is made.
    /// Only a file that passed its check is copied.
    pub fn backup_source(&self) -> Result<BackupSource> {
        self.ensure_checked()?;
        Ok(BackupSource::of(
            &self.path,
            self.key.clone(),
            self.backup_gate.clone(),
        ))
    }

    /// This store's backups, newest first.
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        list_backups(&self.backup_dir()).map_err(io)
    }

    /// Replaces the data with a backup's. The backup is checked first, and the current data
    /// is itself backed up before anything changes; an older backup is brought up to date.
    #[instrument(skip_all, err, fields(path = %backup.display()))]
    pub fn restore(&mut self, backup: &Path, now: &Moment) -> Result<()> {
        check_file(backup, self.key.as_ref()).map_err(StoreError::BadBackup)?;
        let gate = self.backup_gate.clone();
        // A daily backup being made finishes first; one planned before this is not made
        // after it, as its copy would be of the data before the restore.
        let _replacing = gate.replacing();
        self.backup(BackupKind::BeforeRestore, now)?;
        let source = open_read_only(backup, self.key.as_ref())?;
        {
            let copy = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            copy.run_to_completion(256, std::time::Duration::ZERO, None)?;
        }
        migrations::migrate(&mut self.conn)?;
        info!("restored from a backup");
        Ok(())
    }
}
