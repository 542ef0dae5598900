//! Encryption at rest on real files: a marker never appears in the database, its log files
//! or its backups; a wrong passphrase fails cleanly and changes nothing, byte for byte; the
//! passphrase can be changed (and a change cut short still opens); backups stay encrypted
//! and can be restored.

use mend::ui::errors::Told;
use std::fs;
use std::path::Path;

use mend::domain::{CheckIn, CheckInId, Note};
use mend::store::cipher::{KEY_FILE, KeyInfo, key_for};
use mend::store::{BackupKind, OpenError, Parts, Store, check_file, check_health};
use tempfile::TempDir;

mod common;
use common::{cheap, now};

const MARKER: &str = "qzvwxkjpmarkerinthenote";

fn write_marker(store: &mut Store, n: usize) {
    let part = store.list::<Parts>().unwrap()[0].id;
    for i in 0..n {
        let mut c = CheckIn::of_part(CheckInId::random(), now(), part);
        c.note = Note::parse(&format!("{MARKER} {i}"), "the note").unwrap();
        store.save_checkin(&c, &now()).unwrap();
    }
}

/// Every file Mend keeps in `dir`, with the backups, as (name, bytes).
fn every_file(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for folder in [dir.to_path_buf(), dir.join("backups")] {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_file() {
                files.push((p.display().to_string(), fs::read(&p).unwrap()));
            }
        }
    }
    files.sort();
    files
}

fn holding_marker(dir: &Path) -> Vec<String> {
    every_file(dir)
        .into_iter()
        .filter(|(_, bytes)| bytes.windows(MARKER.len()).any(|w| w == MARKER.as_bytes()))
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn encrypted_data_never_shows_the_marker_in_any_file() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    write_marker(&mut store, 50);
    store.backup(BackupKind::Daily, &now()).unwrap();
    assert!(
        !holding_marker(dir.path()).is_empty(),
        "the plain data holds the marker (the check works)"
    );

    store.encrypt_with("a long passphrase", cheap()).unwrap();
    assert!(store.is_encrypted());
    assert_eq!(
        holding_marker(dir.path()),
        Vec::<String>::new(),
        "after encrypting, no file holds it"
    );
    // New writes, the log and the shared-memory file while open, and new backups.
    write_marker(&mut store, 50);
    store.backup(BackupKind::Manual, &now()).unwrap();
    assert!(dir.path().join("mend.db-wal").exists());
    assert_eq!(
        holding_marker(dir.path()),
        Vec::<String>::new(),
        "while open"
    );
    drop(store);
    assert_eq!(
        holding_marker(dir.path()),
        Vec::<String>::new(),
        "after closing"
    );

    // Everything is still there, behind the passphrase.
    let store = Store::unlock(dir.path(), "a long passphrase").unwrap();
    assert_eq!(store.counts().unwrap().checkins, 100);
    let backups = store.backups().unwrap();
    assert_eq!(backups.len(), 2);
    let key = key_for(store.path(), "a long passphrase").unwrap();
    for b in &backups {
        check_file(&b.path, Some(&key)).unwrap();
        assert!(
            check_file(&b.path, None).is_err(),
            "a backup can't be read without the key"
        );
    }
    assert!(check_health(store.path(), Some(&key)).ok());
}

#[test]
fn without_the_passphrase_it_stays_locked_and_a_wrong_one_changes_nothing() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open_in(dir.path()).unwrap();
        write_marker(&mut store, 5);
        store.backup(BackupKind::Daily, &now()).unwrap();
        store.encrypt_with("the right passphrase", cheap()).unwrap();
    }
    let before = every_file(dir.path());
    assert!(matches!(
        Store::open_in(dir.path()),
        Err(OpenError::Locked { .. })
    ));
    let err = Store::unlock(dir.path(), "the wrong passphrase").unwrap_err();
    assert!(matches!(err, OpenError::WrongPassphrase { .. }), "{err}");
    assert_eq!(
        err.told(),
        "That passphrase didn't open your data. Nothing was changed. Try again."
    );
    assert_eq!(
        every_file(dir.path()),
        before,
        "every file byte for byte as it was"
    );
    assert!(Store::unlock(dir.path(), "the right passphrase").is_ok());
}

#[test]
fn changing_the_passphrase_rekeys_the_data_and_the_backups() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    write_marker(&mut store, 5);
    store.encrypt_with("first passphrase", cheap()).unwrap();
    let backup = store.backup(BackupKind::Manual, &now()).unwrap();
    write_marker(&mut store, 5);
    store.change_passphrase("second passphrase").unwrap();
    drop(store);
    assert!(matches!(
        Store::unlock(dir.path(), "first passphrase"),
        Err(OpenError::WrongPassphrase { .. })
    ));
    let mut store = Store::unlock(dir.path(), "second passphrase").unwrap();
    assert_eq!(store.counts().unwrap().checkins, 10);
    store.restore(&backup.path, &now()).unwrap();
    assert_eq!(
        store.counts().unwrap().checkins,
        5,
        "the old backup opens with the new key"
    );
    assert_eq!(holding_marker(dir.path()), Vec::<String>::new());
}

#[test]
fn a_change_of_passphrase_cut_short_opens_with_the_old_one() {
    let dir = TempDir::new().unwrap();
    {
        let mut store = Store::open_in(dir.path()).unwrap();
        write_marker(&mut store, 3);
        store.encrypt_with("old passphrase", cheap()).unwrap();
    }
    // The new key file was written, then the process died before the data was re-keyed.
    let stray = dir.path().join(format!("{KEY_FILE}.new"));
    fs::write(&stray, serde_json::to_vec(&cheap()).unwrap()).unwrap();
    let store = Store::unlock(dir.path(), "old passphrase").unwrap();
    assert_eq!(store.counts().unwrap().checkins, 3);
    assert!(
        !stray.exists(),
        "the change that never happened is forgotten"
    );
}

/// A new passphrase's key is made with the real costs (their time is measured by `cargo
/// bench`, never here): the same passphrase and salt give the same key, and another
/// passphrase, or the same one with another salt, gives another.
#[test]
fn a_new_key_is_made_with_the_real_costs_and_only_its_passphrase_and_salt_give_it() {
    use base64::Engine;
    let info = KeyInfo::fresh().unwrap();
    assert_eq!(info.kdf, "argon2id");
    assert_eq!(info.memory_kib, mend::store::cipher::MEMORY_KIB);
    assert_eq!(
        info.memory_kib,
        128 * 1024,
        "128 MiB, as docs/SECURITY.md says"
    );
    assert_eq!(info.passes, 5);
    let salt = base64::engine::general_purpose::STANDARD
        .decode(&info.salt)
        .unwrap();
    assert_eq!(salt.len(), 16);

    let key = info.derive("a passphrase of some length").unwrap();
    assert!(key == info.derive("a passphrase of some length").unwrap());
    assert!(key != info.derive("a passphrase of some lengtH").unwrap());
    let other_salt = KeyInfo::fresh().unwrap();
    assert_ne!(other_salt.salt, info.salt);
    assert!(key != other_salt.derive("a passphrase of some length").unwrap());
}
