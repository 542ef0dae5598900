//! Encryption at rest. The database is keyed with a raw 256-bit key (SQLCipher, no key
//! stretching at every open); the key is derived from the user's passphrase with Argon2id.
//! The salt and the cost parameters are kept beside the database in `mend.key.json`; the
//! passphrase itself and the key are never stored.

use std::fs;
use std::path::{Path, PathBuf};

use super::Doing;
use super::error::OpenError;
use super::file::{check_file, open_read_only};
pub use super::files::KEY_FILE;
use super::keys::apply_key;
pub use super::keys::{
    Key, KeyInfo, LANES, MEMORY_KIB, PASSES, PASSPHRASE_MIN_CHARS, PassphraseError,
    check_new_passphrase, is_encrypted, key_file, key_infos,
};
use super::keys::{new_key_file, shred, write_key_file};

impl super::Store {
    /// Whether this store's data is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// Encrypts the data, and every backup, with a key made from `passphrase`. The
    /// encrypted copy is written and checked first, then put in place of the plain file in
    /// one rename; the plain file is then overwritten and removed. If anything fails before
    /// the rename, the plain data is as it was.
    pub fn encrypt(&mut self, passphrase: &str) -> super::Result<()> {
        self.encrypt_with(passphrase, KeyInfo::fresh()?)
    }

    /// [`Store::encrypt`](super::Store::encrypt) with the key's cost parameters chosen by the caller (tests use
    /// cheap ones; people get [`KeyInfo::fresh`]).
    #[tracing::instrument(skip_all, err)]
    pub fn encrypt_with(&mut self, passphrase: &str, info: KeyInfo) -> super::Result<()> {
        use super::StoreError;
        if self.key.is_some() {
            return Err(StoreError::AlreadyEncrypted);
        }
        self.ensure_checked()?;
        let gate = self.backup_gate.clone();
        // A plain backup being made finishes first (and is encrypted with the rest); one
        // planned before this is not made after it.
        let _replacing = gate.replacing();
        let key = info.derive(passphrase)?;
        let path = self.path.clone();
        let encrypting = path.with_extension("db.encrypting");
        let backups = self.backups()?;
        let copies: Vec<PathBuf> = backups
            .iter()
            .map(|b| b.path.with_extension("db.encrypting"))
            .collect();
        let io = Doing::Encrypt.io();
        // Every encrypted copy is made and checked before any plain file is replaced, so a
        // failure (a full disk) leaves the plain data and backups exactly as they were, and
        // no copy beside them.
        let made = (|| -> super::Result<()> {
            // A connection of its own for the copy, opened after SQLite's set-up is complete.
            encrypt_copy(&rusqlite::Connection::open(&path)?, &encrypting, &key)?;
            check_file(&encrypting, Some(&key)).map_err(StoreError::BadCopy)?;
            for (backup, copy) in backups.iter().zip(&copies) {
                let plain = rusqlite::Connection::open(&backup.path)?;
                encrypt_copy(&plain, copy, &key)?;
                drop(plain);
                check_file(copy, Some(&key)).map_err(StoreError::BadCopy)?;
            }
            write_key_file(&new_key_file(&path), &info).map_err(io)
        })();
        if let Err(e) = made {
            for copy in copies.iter().chain([&encrypting, &new_key_file(&path)]) {
                let _ = super::files::remove_if_there(copy);
            }
            return Err(e);
        }
        for (backup, copy) in backups.iter().zip(&copies) {
            keep_plain_until_replaced(&backup.path, copy)?;
        }
        // Close the plain file, put the encrypted one in its place, then settle the key.
        self.conn = rusqlite::Connection::open_in_memory()?;
        keep_plain_until_replaced(&path, &encrypting)?;
        for log in ["-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{log}", path.display()));
            if file.exists() {
                shred(&file).map_err(io)?;
            }
        }
        fs::rename(new_key_file(&path), key_file(&path)).map_err(io)?;
        *self = super::Store::open_keyed(&path, Some(key), super::Check::AtOpen)
            .map_err(StoreError::from)?;
        tracing::info!("data encrypted");
        Ok(())
    }

    /// Changes the passphrase: the data and every backup are re-keyed. The new key file is
    /// written first and settled last, so a change cut short opens with either passphrase.
    #[tracing::instrument(skip_all, err)]
    pub fn change_passphrase(&mut self, passphrase: &str) -> super::Result<()> {
        use super::StoreError;
        let Some(old) = self.key.clone() else {
            return Err(StoreError::NotEncrypted);
        };
        self.ensure_checked()?;
        let gate = self.backup_gate.clone();
        // A backup being made finishes first (and is re-keyed with the rest); one planned
        // before this is not made after it, with the old key.
        let _replacing = gate.replacing();
        let info = KeyInfo::fresh()?;
        let key = info.derive(passphrase)?;
        let io = Doing::ChangePassphrase.io();
        write_key_file(&new_key_file(&self.path), &info).map_err(io)?;
        for backup in self.backups()? {
            let conn = rusqlite::Connection::open(&backup.path)?;
            apply_key(&conn, &old)?;
            conn.pragma_update(None, "rekey", key.sql())?;
        }
        self.conn.pragma_update(None, "rekey", key.sql())?;
        self.key = Some(key);
        fs::rename(new_key_file(&self.path), key_file(&self.path)).map_err(io)?;
        tracing::info!("passphrase changed");
        Ok(())
    }
}

/// Writes an encrypted copy of the database on `conn` to `to`.
fn encrypt_copy(conn: &rusqlite::Connection, to: &Path, key: &Key) -> super::Result<()> {
    let io = Doing::Encrypt.io();
    super::files::remove_if_there(to).map_err(io)?;
    // An empty file of the owner's, which the attached database fills.
    super::files::create_empty(to).map_err(io)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        rusqlite::params![to.to_string_lossy(), key.sql()],
    )?;
    let copied = (|| -> rusqlite::Result<()> {
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        let version: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        let app: i64 = conn.query_row("PRAGMA main.application_id", [], |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA encrypted.user_version = {version}; PRAGMA encrypted.application_id = {app};"
        ))
    })();
    let detached = conn.execute("DETACH DATABASE encrypted", []);
    if let Err(e) = copied.and(detached.map(|_| ())) {
        // A copy cut short (a full disk) is not left beside the data.
        let _ = super::files::remove_if_there(to);
        return Err(e.into());
    }
    Ok(())
}

/// Puts `replacement` in place of `path` in one rename, keeping the old file under another
/// name until then, and overwrites the old one afterwards.
fn keep_plain_until_replaced(path: &Path, replacement: &Path) -> super::Result<()> {
    let io = Doing::Encrypt.io();
    let old = path.with_extension("db.plain-old");
    if old.exists() {
        shred(&old).map_err(io)?;
    }
    fs::hard_link(path, &old).map_err(io)?;
    fs::rename(replacement, path).map_err(io)?;
    shred(&old).map_err(io)
}

/// The key for encrypted data in `dir`, checked against the data, for read-only use (the
/// command line's `check`).
pub fn key_for(db: &Path, passphrase: &str) -> Result<Key, OpenError> {
    for info in key_infos(db) {
        let key = info.derive(passphrase)?;
        if check_file(db, Some(&key)).is_ok()
            || open_read_only(db, Some(&key))
                .and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)))
                .is_ok()
        {
            return Ok(key);
        }
    }
    Err(OpenError::WrongPassphrase {
        path: db.to_path_buf(),
    })
}
