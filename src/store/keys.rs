//! The key of encrypted data: the raw 256-bit key, how it is derived from the passphrase
//! (Argon2id, with its salt and costs kept in `mend.key.json` beside the data), the key
//! files, and keying a connection. The passphrase itself and the key are never stored.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::files::{self, KEY_FILE};

/// Argon2id costs: 128 MiB of memory and five passes, about half a second on the machines
/// Mend is built on (measured by `cargo bench`), so that
/// guessing passphrases is slow and memory-hungry.
pub const MEMORY_KIB: u32 = 128 * 1024;
pub const PASSES: u32 = 5;
pub const LANES: u32 = 1;

/// The shortest passphrase accepted, in characters.
pub const PASSPHRASE_MIN_CHARS: usize = 8;

/// A raw 256-bit database key. Its bytes are wiped when it is dropped, and it never prints.
#[derive(Clone, PartialEq, Eq)]
pub struct Key([u8; 32]);

impl Key {
    /// The key as SQLCipher's `PRAGMA key` takes it (`x'…'`, sixty-four hex digits), for
    /// tools that open the file themselves.
    pub fn pragma_value(&self) -> String {
        self.sql()
    }

    /// The key as SQLCipher takes it: `x'…'`, sixty-four hex digits.
    pub(super) fn sql(&self) -> String {
        let mut hex = String::with_capacity(67);
        hex.push_str("x'");
        for b in self.0 {
            hex.push_str(&format!("{b:02X}"));
        }
        hex.push('\'');
        hex
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        for b in self.0.iter_mut() {
            // A volatile write, so the wipe is not optimised away.
            // SAFETY: `b` is a valid, aligned, exclusive reference to a byte of our own.
            unsafe { std::ptr::write_volatile(b, 0) };
        }
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Why a passphrase could not be used. The words people see are chosen in `ui::errors`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    #[error("passphrase too short")]
    TooShort,
    #[error("the two passphrases differ")]
    Mismatch,
    #[error("the key couldn't be made: {0}")]
    Derive(String),
}

/// Checks a new passphrase and its repetition.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseError> {
    if passphrase.trim().chars().count() < PASSPHRASE_MIN_CHARS {
        return Err(PassphraseError::TooShort);
    }
    if passphrase != again {
        return Err(PassphraseError::Mismatch);
    }
    Ok(())
}

/// Sixteen random bytes (128 bits) from the operating system's generator.
pub(super) fn random_salt() -> Result<[u8; 16], getrandom::Error> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)?;
    Ok(salt)
}

/// How a database's key is made from its passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyInfo {
    pub version: u32,
    pub kdf: String,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
    /// Sixteen random bytes, base64.
    pub salt: String,
}

impl KeyInfo {
    /// New parameters with a fresh random salt; an error if the system has no randomness to
    /// give.
    pub fn fresh() -> Result<Self, getrandom::Error> {
        let salt = random_salt()?;
        Ok(Self {
            version: 1,
            kdf: "argon2id".to_owned(),
            memory_kib: MEMORY_KIB,
            passes: PASSES,
            lanes: LANES,
            salt: base64::engine::general_purpose::STANDARD.encode(salt),
        })
    }

    /// Derives the database key from a passphrase (about half a second).
    pub fn derive(&self, passphrase: &str) -> Result<Key, PassphraseError> {
        let salt = base64::engine::general_purpose::STANDARD
            .decode(&self.salt)
            .map_err(|e| PassphraseError::Derive(e.to_string()))?;
        let params = argon2::Params::new(self.memory_kib, self.passes, self.lanes, Some(32))
            .map_err(|e| PassphraseError::Derive(e.to_string()))?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut key = Key([0u8; 32]);
        argon
            .hash_password_into(passphrase.as_bytes(), &salt, &mut key.0)
            .map_err(|e| PassphraseError::Derive(e.to_string()))?;
        Ok(key)
    }
}

/// The key file's path for a database file.
pub fn key_file(db: &Path) -> PathBuf {
    db.with_file_name(KEY_FILE)
}

/// The key file being written during a change of passphrase.
pub(super) fn new_key_file(db: &Path) -> PathBuf {
    db.with_file_name(format!("{KEY_FILE}.new"))
}

/// The key parameters for a database, if it is encrypted: the settled file first, then one
/// left by a change of passphrase that was cut short.
pub fn key_infos(db: &Path) -> Vec<KeyInfo> {
    [key_file(db), new_key_file(db)]
        .iter()
        .filter_map(|p| fs::read(p).ok())
        .filter_map(|bytes| serde_json::from_slice(&bytes).ok())
        .collect()
}

/// Whether the database at `db` is encrypted (has a key file).
pub fn is_encrypted(db: &Path) -> bool {
    !key_infos(db).is_empty()
}

/// Writes a key file whole or not at all, readable by its owner only.
pub(super) fn write_key_file(path: &Path, info: &KeyInfo) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(info).map_err(std::io::Error::other)?;
    files::write_atomically(path, &bytes)
}

/// Overwrites a file with zeros, syncs it and removes it: for plaintext left behind when
/// the data is encrypted. Best effort: a file system may still keep old blocks.
pub(super) fn shred(path: &Path) -> std::io::Result<()> {
    let len = fs::metadata(path)?.len();
    {
        let mut file = fs::OpenOptions::new().write(true).open(path)?;
        let zeros = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            file.write_all(&zeros[..n])?;
            left -= n as u64;
        }
        file.sync_all()?;
    }
    fs::remove_file(path)
}

/// Keys a connection (SQLCipher) with a raw key, and keeps SQLCipher's own log silent.
pub(super) fn apply_key(conn: &Connection, key: &Key) -> rusqlite::Result<()> {
    conn.pragma_update(None, "key", key.sql())?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_passphrase_and_salt_give_the_same_key() {
        let info = KeyInfo {
            memory_kib: 1024,
            passes: 1,
            ..KeyInfo::fresh().unwrap()
        };
        let a = info.derive("correct horse battery").unwrap();
        let b = info.derive("correct horse battery").unwrap();
        let c = info.derive("correct horse battery!").unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        let other_salt = KeyInfo {
            salt: KeyInfo::fresh().unwrap().salt,
            ..info.clone()
        };
        assert_ne!(other_salt.derive("correct horse battery").unwrap(), a);
        assert_eq!(a.sql().len(), 67);
        assert!(a.sql().starts_with("x'"));
        assert_eq!(format!("{a:?}"), "Key(…)");
    }

    #[test]
    fn fresh_salts_differ() {
        assert_ne!(
            KeyInfo::fresh().unwrap().salt,
            KeyInfo::fresh().unwrap().salt
        );
    }

    #[test]
    fn new_passphrases_are_checked() {
        assert_eq!(
            check_new_passphrase("short", "short"),
            Err(PassphraseError::TooShort)
        );
        assert_eq!(
            check_new_passphrase("        x", "        x"),
            Err(PassphraseError::TooShort)
        );
        assert_eq!(
            check_new_passphrase("long enough words", "long enough word"),
            Err(PassphraseError::Mismatch)
        );
        assert_eq!(
            check_new_passphrase("long enough words", "long enough words"),
            Ok(())
        );
    }
}
