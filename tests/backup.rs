//! Backups, restore and recovery on real files: daily and weekly copies and how many are
//! kept, restoring (after backing up first), a damaged file moved aside untouched with the
//! newest good backup offered, a full disk and an unwritable place refusing cleanly, and the
//! daily backup made on a connection of its own while saves go on.

use mend::ui::errors::Told;
use std::fs;

use chrono::TimeDelta;
use mend::domain::{CheckIn, CheckInId, Moment, Note};
use mend::store::{
    BackupKind, Check, OpenError, Parts, Store, StoreError, check_file, restore_file,
};
use tempfile::TempDir;

mod common;
use common::{at, cheap, damage, damage_pages_of};

const MONDAY: &str = "2026-11-23T09:00:00+01:00";

fn day(n: i64) -> Moment {
    at(MONDAY) + TimeDelta::days(n)
}

fn checkin(store: &mut Store, note: &str, when: Moment) {
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut c = CheckIn::of_part(CheckInId::random(), when, part);
    c.note = Note::parse(note, "the note").unwrap();
    store.save_checkin(&c, &when).unwrap();
}

fn notes(store: &Store) -> Vec<String> {
    let mut n: Vec<String> = store
        .snapshot()
        .unwrap()
        .checkins
        .into_iter()
        .map(|c| c.note)
        .collect();
    n.sort();
    n
}

fn count(store: &Store, kind: BackupKind) -> usize {
    store
        .backups()
        .unwrap()
        .iter()
        .filter(|b| b.kind == kind)
        .count()
}

#[test]
fn one_backup_a_day_and_one_a_week_seven_and_four_kept() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "first", day(0));
    let made = store.backup_if_due(&day(0)).unwrap();
    assert_eq!(
        made.iter().map(|b| b.kind).collect::<Vec<_>>(),
        [BackupKind::Daily, BackupKind::Weekly]
    );
    assert!(
        store
            .backup_if_due(&(day(0) + TimeDelta::hours(8)))
            .unwrap()
            .is_empty(),
        "once a day"
    );
    let tuesday = store.backup_if_due(&day(1)).unwrap();
    assert_eq!(
        tuesday.iter().map(|b| b.kind).collect::<Vec<_>>(),
        [BackupKind::Daily],
        "the week has one"
    );
    for n in 2..40 {
        store.backup_if_due(&day(n)).unwrap();
    }
    assert_eq!(count(&store, BackupKind::Daily), 7);
    assert_eq!(count(&store, BackupKind::Weekly), 4);
    for b in store.backups().unwrap() {
        check_file(&b.path, None).unwrap();
    }
    let newest = &store.backups().unwrap()[0];
    assert_eq!(newest.made_at, day(39).to_utc());
}

/// The notes of the data in a backup, read from a copy of it (opening writes to a file).
fn notes_in_backup(backup: &std::path::Path) -> Vec<String> {
    let dir = TempDir::new().unwrap();
    fs::copy(backup, dir.path().join("mend.db")).unwrap();
    notes(&Store::open_in(dir.path()).unwrap())
}

#[test]
fn the_daily_backup_made_apart_copies_the_data_while_saves_go_on() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "before the backup", day(0));
    let source = store.backup_source().unwrap();
    // The copy is made in another thread, with no hold on the store, which saves meanwhile.
    let copying = std::thread::spawn(move || source.backup_if_due(&day(0)).unwrap());
    for n in 0..20 {
        checkin(&mut store, &format!("during {n:02}"), day(0));
    }
    let made = copying.join().unwrap();
    let kinds: Vec<BackupKind> = made.iter().map(|b| b.kind).collect();
    assert_eq!(kinds, [BackupKind::Daily, BackupKind::Weekly]);
    for backup in &made {
        check_file(&backup.path, None).unwrap();
        let copied = notes_in_backup(&backup.path);
        assert!(copied.contains(&"before the backup".to_owned()));
        // A whole moment's data: every save it holds is whole, none half there.
        assert!(copied.len() <= 21, "{copied:?}");
    }
    assert_eq!(
        notes(&store).len(),
        21,
        "every save made during the copy is kept"
    );
    assert!(
        store
            .backup_source()
            .unwrap()
            .backup_if_due(&day(0))
            .unwrap()
            .is_empty(),
        "one a day"
    );
}

#[test]
fn a_backup_planned_before_the_data_changes_hands_is_called_off() {
    // Encrypting: no plain copy may appear beside the encrypted data afterwards.
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "private", day(0));
    let planned = store.backup_source().unwrap();
    store.encrypt_with("a long passphrase", cheap()).unwrap();
    assert!(planned.backup_if_due(&day(0)).unwrap().is_empty());
    assert!(store.backups().unwrap().is_empty());
    // Planned afresh, it is made, encrypted like the data.
    let made = store
        .backup_source()
        .unwrap()
        .backup_if_due(&day(0))
        .unwrap();
    assert_eq!(made.len(), 2);
    assert!(
        check_file(&made[0].path, None).is_err(),
        "a plain copy was made"
    );

    // Deleting everything: nothing of the old data comes back as a backup.
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "to be deleted", day(0));
    let planned = store.backup_source().unwrap();
    store.delete_everything().unwrap();
    assert!(planned.backup_if_due(&day(0)).unwrap().is_empty());
    assert!(store.backups().unwrap().is_empty());
}

#[test]
fn restoring_brings_back_the_data_and_backs_up_the_current_first() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "before the backup", day(0));
    let backup = store.backup(BackupKind::Manual, &day(0)).unwrap();
    checkin(&mut store, "after the backup", day(1));

    store.restore(&backup.path, &day(2)).unwrap();
    assert_eq!(notes(&store), ["before the backup"]);
    let safety = store
        .backups()
        .unwrap()
        .into_iter()
        .find(|b| b.kind == BackupKind::BeforeRestore)
        .expect("the current data was backed up first");
    // The safety copy holds what was there before the restore, and can itself be restored.
    store.restore(&safety.path, &day(3)).unwrap();
    assert_eq!(notes(&store), ["after the backup", "before the backup"]);
    // Still a sound, writable store afterwards, and after reopening.
    checkin(&mut store, "later", day(4));
    drop(store);
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(notes(&store).len(), 3);
}

#[test]
fn a_bad_backup_is_refused_and_nothing_changes() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "kept", day(0));
    let junk = dir.path().join("junk.db");
    fs::write(&junk, "not a database").unwrap();
    let err = store.restore(&junk, &day(1)).unwrap_err();
    assert!(err.told().starts_with("That backup can't be used"), "{err}");
    assert_eq!(notes(&store), ["kept"]);
    assert!(
        store.backups().unwrap().is_empty(),
        "no safety copy for a restore that never began"
    );
}

#[test]
fn a_damaged_file_is_moved_aside_untouched_and_the_newest_good_backup_offered() {
    let dir = TempDir::new().unwrap();
    let (_, db, damaged) = damaged_with_a_backup(&dir);

    let err = Store::open_in(dir.path()).unwrap_err();
    let OpenError::Damaged {
        moved_to, backup, ..
    } = &err
    else {
        panic!("expected damage, got {err}");
    };
    assert!(err.told().contains("moved it aside"), "{err}");
    assert!(!db.exists(), "the damaged file is no longer in the way");
    assert_eq!(
        fs::read(moved_to).unwrap(),
        damaged,
        "moved, byte for byte, never changed"
    );
    let backup = backup.as_ref().expect("a good backup is offered");

    restore_file(&db, backup, None).unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(
        notes(&store).len(),
        300,
        "everything up to the backup is back"
    );
}

/// A file of 300 check-ins, with one good backup made before a last one; its first part.
fn kept_with_a_backup(dir: &TempDir) -> mend::domain::PartId {
    let mut store = Store::open_in(dir.path()).unwrap();
    for i in 0..300 {
        checkin(&mut store, &format!("note {i} {}", "x".repeat(200)), day(0));
    }
    store.backup(BackupKind::Daily, &day(0)).unwrap();
    checkin(&mut store, "after the backup", day(1));
    store.list::<Parts>().unwrap()[0].id
}

/// [`kept_with_a_backup`], then damaged: its first part, the file's path and its bytes.
fn damaged_with_a_backup(dir: &TempDir) -> (mend::domain::PartId, std::path::PathBuf, Vec<u8>) {
    let part = kept_with_a_backup(dir);
    let db = dir.path().join("mend.db");
    damage(&db);
    let damaged = fs::read(&db).unwrap();
    (part, db, damaged)
}

/// Damage in the file's own list of tables stops SQLite before any check can run: it is
/// damage all the same, moved aside with the newest good backup offered, never "couldn't
/// open".
#[test]
fn damage_to_the_list_of_tables_is_moved_aside_like_any_other() {
    let dir = TempDir::new().unwrap();
    kept_with_a_backup(&dir);
    let db = dir.path().join("mend.db");
    assert!(
        damage_pages_of(&db, "sqlite_schema", 1) == 1,
        "the list of tables runs past the first page"
    );
    for check in [Check::AtOpen, Check::BeforeFirstWrite] {
        let err = Store::open_in_with(dir.path(), check).unwrap_err();
        let OpenError::Damaged { backup, .. } = &err else {
            panic!("expected damage, got {err}");
        };
        assert!(backup.is_some(), "a good backup is offered");
        assert!(!db.exists(), "the damaged file is out of the way");
        // Put it back for the other way of opening.
        let aside = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.to_string_lossy().contains("mend.db.damaged-")
                    && !p.to_string_lossy().ends_with("-wal")
                    && !p.to_string_lossy().ends_with("-shm")
            })
            .unwrap();
        fs::rename(aside, &db).unwrap();
    }
}

#[test]
fn a_check_left_for_later_still_comes_before_any_write() {
    let dir = TempDir::new().unwrap();
    kept_with_a_backup(&dir);
    let db = dir.path().join("mend.db");
    let before = fs::read(&db).unwrap();

    // Opened with the check left for later: reads work, and the file is not touched.
    let mut store = Store::open_in_with(dir.path(), Check::BeforeFirstWrite).unwrap();
    assert_eq!(notes(&store).len(), 301);
    assert_eq!(fs::read(&db).unwrap(), before, "nothing written by opening");

    // The first write runs the check, passes it, and is kept.
    checkin(&mut store, "the first write", day(2));
    drop(store);
    let store = Store::open_in(dir.path()).unwrap();
    assert_eq!(notes(&store).len(), 302);

    // A file that needs migrating or is new is checked at open all the same: opening a new
    // one leaves it checked, so the first write just goes in.
    let fresh = TempDir::new().unwrap();
    let mut store = Store::open_in_with(fresh.path(), Check::BeforeFirstWrite).unwrap();
    checkin(&mut store, "first", day(0));
    assert_eq!(notes(&store), ["first"]);
}

#[test]
fn a_damaged_file_found_after_the_first_paint_is_moved_aside_and_refuses_every_write() {
    let dir = TempDir::new().unwrap();
    let (part, db, damaged) = damaged_with_a_backup(&dir);

    let mut store = Store::open_in_with(dir.path(), Check::BeforeFirstWrite)
        .expect("the check is left for later");
    let err = store
        .finish_opening(&day(3))
        .expect_err("the check finds the damage");
    let OpenError::Damaged {
        moved_to, backup, ..
    } = &err
    else {
        panic!("expected damage, got {err}");
    };
    assert!(!db.exists(), "the damaged file is no longer in the way");
    assert_eq!(fs::read(moved_to).unwrap(), damaged, "moved, never changed");
    assert!(backup.is_some(), "a good backup is offered");

    // Every write after that is refused with the same words, and nothing is made.
    let c = CheckIn::of_part(CheckInId::random(), day(3), part);
    let refused = store.save_checkin(&c, &day(3)).unwrap_err();
    assert_eq!(refused.told(), err.told());
    let refused = store.backup(BackupKind::Daily, &day(3)).unwrap_err();
    assert_eq!(refused.told(), err.told());
    assert!(!db.exists(), "no new file in its place");
    assert_eq!(fs::read(moved_to).unwrap(), damaged);
}

#[test]
fn a_write_before_the_check_runs_it_and_a_damaged_file_refuses_it() {
    let dir = TempDir::new().unwrap();
    let (part, db, damaged) = damaged_with_a_backup(&dir);

    let mut store = Store::open_in_with(dir.path(), Check::BeforeFirstWrite).unwrap();
    let c = CheckIn::of_part(CheckInId::random(), day(3), part);
    let refused = store.save_checkin(&c, &day(3)).unwrap_err();
    assert!(refused.told().contains("moved it aside"), "{refused}");
    assert!(!db.exists(), "the damaged file is no longer in the way");
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("mend.db.damaged-")
        })
        .collect();
    assert_eq!(aside.len(), 1, "moved aside once");
    assert_eq!(fs::read(aside[0].path()).unwrap(), damaged, "never changed");
    // Asked again, it gives the same answer and moves nothing more.
    assert_eq!(
        store.finish_opening(&day(3)).unwrap_err().told(),
        refused.told()
    );
}

#[test]
fn a_full_disk_refuses_the_write_and_keeps_what_was_there() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "safe", day(0));
    let pages: u32 = fs::metadata(dir.path().join("mend.db")).unwrap().len() as u32 / 4096 + 2;
    store.cap_size(pages).unwrap();
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut failure = None;
    for i in 0..200 {
        let mut c = CheckIn::of_part(CheckInId::random(), day(1), part);
        c.note = Note::parse(&format!("{i} {}", "y".repeat(9_000)), "the note").unwrap();
        if let Err(e) = store.save_checkin(&c, &day(1)) {
            failure = Some((e, c.id));
            break;
        }
    }
    let (err, id) = failure.expect("the cap is reached");
    assert!(matches!(err, StoreError::Sqlite(_)));
    assert!(
        err.told().starts_with("Your device is out of space"),
        "{err}"
    );
    assert!(store.checkin(id).is_err(), "no half-written record");
    assert!(notes(&store).contains(&"safe".to_owned()));
}

#[test]
fn a_place_that_cannot_be_written_is_a_clear_error() {
    let dir = TempDir::new().unwrap();
    // The data file's place is taken by a folder: SQLite cannot open it for writing.
    fs::create_dir(dir.path().join("mend.db")).unwrap();
    let err = Store::open_in(dir.path()).unwrap_err();
    assert!(matches!(err, OpenError::ReadOnly { .. }), "{err}");
    assert!(
        err.told().starts_with("Mend can't write to its data"),
        "{err}"
    );
}

#[test]
fn delete_everything_leaves_nothing_behind_and_starts_fresh() {
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    checkin(&mut store, "private words", day(0));
    store.backup_if_due(&day(0)).unwrap();
    fs::write(
        dir.path().join("mend.db.damaged-20260101T000000Z"),
        "old damaged copy",
    )
    .unwrap();
    fs::write(dir.path().join("unrelated.txt"), "not ours").unwrap();

    store.delete_everything().unwrap();
    assert!(notes(&store).is_empty());
    assert!(store.backups().unwrap().is_empty());
    let left: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mend.db" && !n.starts_with("mend.db-"))
        .collect();
    assert_eq!(left, ["unrelated.txt"], "only what isn't Mend's is left");
    // The fresh store works, with the starter parts, and holds none of the old words.
    checkin(&mut store, "a new start", day(1));
    drop(store);
    let mut bytes = fs::read(dir.path().join("mend.db")).unwrap();
    bytes.extend(fs::read(dir.path().join("mend.db-wal")).unwrap_or_default());
    assert!(!bytes.windows(13).any(|w| w == b"private words"));
}
