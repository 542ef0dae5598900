//! Real faults of the device, on real filesystems that `scripts/faults.sh` mounts (these tests
//! are ignored otherwise, since they need one):
//!
//! - a full disk, on a small filesystem (`MEND_SMALL_FS`), filled up during a save, a backup,
//!   an export, an import and an encryption. Each gives the user a clear message; afterwards,
//!   with the space back, every earlier commit is there, `integrity_check` is clean, nothing
//!   half-made is left beside the data, and the same thing then works;
//! - a data folder on a read-only filesystem (`MEND_READ_ONLY_FS`, holding a store the
//!   script made): opening it says so plainly and changes nothing.

use mend::ui::errors::Told;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use mend::domain::{CheckIn, CheckInId, Note};
use mend::store::synthetic::Spec;
use mend::store::transfer::write_json;
use mend::store::{BackupKind, DB_FILE, OpenError, Parts, Store, check_file};
use tempfile::TempDir;

mod common;
use common::now;

fn small_fs() -> PathBuf {
    PathBuf::from(std::env::var_os("MEND_SMALL_FS").expect("scripts/faults.sh sets MEND_SMALL_FS"))
}

fn spec(seed: u64) -> Spec {
    Spec {
        years: 2,
        checkins: 3000,
        ruptures: 600,
        repaired_per_mille: 700,
        pauses: 600,
        reflected_per_mille: 300,
        practice_sessions: 30,
        own_phrases: 5,
        seed,
    }
}

/// A fresh folder on the small filesystem holding a store with two years of history.
fn store_on_small_fs(name: &str) -> (PathBuf, Store) {
    let dir = small_fs().join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let mut store = Store::open_in(&dir).unwrap();
    store.generate(spec(1), &now()).unwrap();
    store.checkpoint().unwrap();
    (dir, store)
}

/// Fills the filesystem with a ballast file, then gives back `leave` bytes of it.
struct Ballast(PathBuf);

impl Ballast {
    fn fill(leave: u64) -> Ballast {
        let path = small_fs().join("ballast");
        let mut file = fs::File::create(&path).unwrap();
        let chunk = vec![0xA5u8; 64 * 1024];
        let mut written = 0u64;
        loop {
            match file.write(&chunk) {
                Ok(0) => break,
                Ok(n) => written += n as u64,
                Err(e) if e.raw_os_error() == Some(28) => break,
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
        file.set_len(written.saturating_sub(leave)).unwrap();
        file.sync_all().unwrap();
        Ballast(path)
    }
}

impl Drop for Ballast {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Everything the store holds, as an export would write it (without the time of writing).
fn everything(store: &Store) -> serde_json::Value {
    let file = TempDir::new().unwrap();
    let path = file.path().join("all.json");
    write_json(&store.snapshot().unwrap(), now(), &path).unwrap();
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

/// The names in a folder, sorted, leaving out the log files SQLite keeps beside the data.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
        .collect();
    names.sort();
    names
}

/// With the space back: the store opens again, holds `before`, and its file is sound.
fn intact(dir: &Path, before: &serde_json::Value) -> Store {
    check_file(&dir.join(DB_FILE), None).expect("integrity_check is clean");
    let store = Store::open_in(dir).unwrap();
    assert!(
        everything(&store) == *before,
        "every earlier commit is there, and nothing else"
    );
    store
}

fn out_of_space(message: &str) {
    assert!(
        message.contains("out of space"),
        "a clear message: {message}"
    );
}

#[test]
#[ignore = "needs a small filesystem: scripts/faults.sh mounts one"]
fn a_full_disk_during_a_save() {
    let (dir, mut store) = store_on_small_fs("save");
    let part = store.list::<Parts>().unwrap()[0].id;
    let ballast = Ballast::fill(0);
    let mut saved = 0;
    let err = loop {
        let mut c = CheckIn::of_part(CheckInId::random(), now(), part);
        c.note = Note::parse(&format!("{saved} {}", "y".repeat(9_000)), "the note").unwrap();
        match store.save_checkin(&c, &now()) {
            Ok(()) => saved += 1,
            Err(e) => break e,
        }
        assert!(saved < 10_000, "the disk never filled");
    };
    out_of_space(&err.told());
    let before = everything(&store);
    drop(store);
    drop(ballast);
    let mut store = intact(&dir, &before);
    let mut c = CheckIn::of_part(CheckInId::random(), now(), part);
    c.note = Note::parse("With room again", "the note").unwrap();
    store.save_checkin(&c, &now()).unwrap();
}

#[test]
#[ignore = "needs a small filesystem: scripts/faults.sh mounts one"]
fn a_full_disk_during_a_backup() {
    let (dir, store) = store_on_small_fs("backup");
    let before = everything(&store);
    let listed = names(&dir);
    let size = fs::metadata(dir.join(DB_FILE)).unwrap().len();
    let ballast = Ballast::fill(size / 2);
    let err = store.backup(BackupKind::Manual, &now()).unwrap_err();
    out_of_space(&err.told());
    drop(ballast);
    assert!(
        store.backups().unwrap().is_empty(),
        "no half-made backup is listed"
    );
    let backups = dir.join("backups");
    assert!(
        !backups.exists() || names(&backups).is_empty(),
        "nothing half-made is left: {:?}",
        names(&backups)
    );
    let besides = |names: Vec<String>| {
        names
            .into_iter()
            .filter(|n| n != "backups")
            .collect::<Vec<_>>()
    };
    assert_eq!(
        besides(names(&dir)),
        besides(listed),
        "nothing else beside the data"
    );
    drop(store);
    let store = intact(&dir, &before);
    store.backup(BackupKind::Manual, &now()).unwrap();
    assert_eq!(store.backups().unwrap().len(), 1);
}

#[test]
#[ignore = "needs a small filesystem: scripts/faults.sh mounts one"]
fn a_full_disk_during_an_export() {
    let (dir, store) = store_on_small_fs("export");
    let before = everything(&store);
    let exports = small_fs().join("exports");
    let _ = fs::remove_dir_all(&exports);
    fs::create_dir_all(&exports).unwrap();
    let file = exports.join("mend-export.json");
    let ballast = Ballast::fill(256 * 1024);
    let err = store.export_to(&file, None, now()).unwrap_err();
    out_of_space(&err.told());
    drop(ballast);
    assert!(
        names(&exports).is_empty(),
        "no half-written export: {:?}",
        names(&exports)
    );
    drop(store);
    let store = intact(&dir, &before);
    store.export_to(&file, None, now()).unwrap();
    assert!(file.is_file());
}

#[test]
#[ignore = "needs a small filesystem: scripts/faults.sh mounts one"]
fn a_full_disk_during_an_import() {
    let (dir, mut store) = store_on_small_fs("import");
    let before = everything(&store);
    // Another history's export, made on the ordinary disk.
    let other = TempDir::new().unwrap();
    let mut source = Store::open_in(other.path()).unwrap();
    source.generate(spec(2), &now()).unwrap();
    let path = other.path().join("other.json");
    write_json(&source.snapshot().unwrap(), now(), &path).unwrap();
    let bytes = fs::read(&path).unwrap();

    let ballast = Ballast::fill(512 * 1024);
    let err = store.import(&bytes).unwrap_err();
    out_of_space(&err.told());
    drop(ballast);
    assert!(everything(&store) == before, "the import wrote nothing");
    drop(store);
    let mut store = intact(&dir, &before);
    let report = store.import(&bytes).unwrap();
    assert!(report.added.checkins > 0, "{}", report.summary());
}

#[test]
#[ignore = "needs a small filesystem: scripts/faults.sh mounts one"]
fn a_full_disk_during_an_encryption() {
    let (dir, mut store) = store_on_small_fs("encrypt");
    let before = everything(&store);
    let listed = names(&dir);
    let size = fs::metadata(dir.join(DB_FILE)).unwrap().len();
    let ballast = Ballast::fill(size / 2);
    let err = store
        .encrypt("a passphrase of a sensible length")
        .unwrap_err();
    out_of_space(&err.told());
    drop(ballast);
    assert!(!store.is_encrypted());
    assert!(everything(&store) == before, "still open, as it was");
    assert_eq!(
        names(&dir),
        listed,
        "no half-made encrypted copy or key is left"
    );
    drop(store);
    let mut store = intact(&dir, &before);
    store.encrypt("a passphrase of a sensible length").unwrap();
    assert!(store.is_encrypted());
}

#[test]
#[ignore = "needs a read-only filesystem: scripts/faults.sh mounts one"]
fn a_read_only_data_folder_is_said_plainly_and_left_alone() {
    let dir = PathBuf::from(
        std::env::var_os("MEND_READ_ONLY_FS").expect("scripts/faults.sh sets MEND_READ_ONLY_FS"),
    );
    let db = dir.join(DB_FILE);
    let bytes = fs::read(&db).unwrap();
    let listed = names(&dir);
    let err = Store::open_in(&dir).unwrap_err();
    assert!(matches!(err, OpenError::ReadOnly { .. }), "{err:?}");
    assert!(
        err.told().starts_with("Mend can't write to its data"),
        "{err}"
    );
    assert_eq!(fs::read(&db).unwrap(), bytes, "the file is as it was");
    assert_eq!(names(&dir), listed);
}
