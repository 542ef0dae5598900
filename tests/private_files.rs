//! Files only their owner can read, on real files: after every path that writes (first
//! start, backup, restore, encrypt, change of passphrase, export and CSV, import, recovery
//! from a damaged file, delete everything, the command line), every folder Mend made is
//! `0700` and every file `0600`; an earlier installation left open to others is tightened
//! when it is opened, and the command line says so in one line.
//!
//! Each test first sets the process's umask to `000`, the most open there is, so the modes
//! come from Mend's own calls and not from the umask the tests happen to run under.

#![cfg(unix)]

use mend::ui::errors::Told;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use chrono::DateTime;
use mend::domain::{CheckIn, CheckInId, Moment, Note};
use mend::store::cipher::KEY_FILE;
use mend::store::files::{self, TooOpen};
use mend::store::transfer::{write_csv, write_json};
use mend::store::{BackupKind, OpenError, Parts, Store, check_health, restore_file};
use tempfile::TempDir;

mod common;
use common::{cheap, damage, mend};

fn now() -> Moment {
    DateTime::parse_from_rfc3339("2026-12-01T20:00:00+01:00").unwrap()
}

/// New files would be open to everyone unless Mend says otherwise.
fn open_umask() {
    // SAFETY: umask only sets the process's file mode creation mask.
    unsafe {
        libc::umask(0);
    }
}

fn mode(path: &Path) -> u32 {
    fs::symlink_metadata(path).unwrap().permissions().mode() & 0o777
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// Every folder under (and including) `root` is `0700` and every file `0600`. Returns the
/// files' paths relative to `root`, sorted, for the caller to check what is there.
fn all_private(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut bad = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if mode(&dir) != 0o700 {
            bad.push(format!("{} is {:o}", dir.display(), mode(&dir)));
        }
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                if mode(&path) != 0o600 {
                    bad.push(format!("{} is {:o}", path.display(), mode(&path)));
                }
                files.push(path.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    assert!(bad.is_empty(), "open to others: {bad:#?}");
    files.sort();
    files
}

fn checkin(store: &mut Store, note: &str) {
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut c = CheckIn::of_part(CheckInId::random(), now(), part);
    c.note = Note::parse(note, "the note").unwrap();
    store.save_checkin(&c, &now()).unwrap();
}

/// A data folder that does not exist yet, two levels below a temporary one.
fn new_place() -> (TempDir, PathBuf) {
    let base = TempDir::new().unwrap();
    let data = base.path().join("home").join("mend");
    (base, data)
}

#[test]
fn the_first_start_makes_the_folder_and_the_database_private() {
    open_umask();
    let (base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "written while the log is open");
    let files = all_private(&base.path().join("home"));
    assert_eq!(
        files,
        ["mend/mend.db", "mend/mend.db-shm", "mend/mend.db-wal"],
        "the database and both of its log files, while it is open"
    );
}

#[test]
fn backups_and_a_restore_are_private() {
    open_umask();
    let (_base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "before the backup");
    let manual = store.backup(BackupKind::Manual, &now()).unwrap();
    assert_eq!(store.backup_if_due(&now()).unwrap().len(), 2);
    checkin(&mut store, "after the backup");
    store.restore(&manual.path, &now()).unwrap();
    let files = all_private(&data);
    let kinds = ["manual", "daily", "weekly", "before-restore"];
    for kind in kinds {
        assert!(
            files
                .iter()
                .any(|f| f.starts_with("backups/") && f.ends_with(&format!("-{kind}.db"))),
            "a {kind} backup among {files:?}"
        );
    }
}

#[test]
fn encrypting_and_changing_the_passphrase_keep_everything_private() {
    open_umask();
    let (_base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "to be encrypted");
    store.backup(BackupKind::Manual, &now()).unwrap();
    store.encrypt_with("river stone morning", cheap()).unwrap();
    let files = all_private(&data);
    assert!(files.contains(&KEY_FILE.to_owned()), "{files:?}");
    store.backup(BackupKind::Manual, &now()).unwrap();
    store.change_passphrase("a brand new phrase").unwrap();
    drop(store);
    all_private(&data);
    let store = Store::unlock(&data, "a brand new phrase").unwrap();
    drop(store);
    all_private(&data);
}

#[test]
fn exports_and_csv_files_are_private_and_a_chosen_folder_keeps_its_mode() {
    open_umask();
    let (base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "to be exported");
    let snapshot = store.snapshot().unwrap();

    // Folders Mend makes for an export are its own.
    let made = base.path().join("exports").join("today");
    write_json(&snapshot, now(), &made.join("mend.json")).unwrap();
    let csv = write_csv(&snapshot, &made.join("csv")).unwrap();
    assert!(csv.len() >= 6, "{csv:?}");
    let files = all_private(&base.path().join("exports"));
    assert!(files.contains(&"today/mend.json".to_owned()), "{files:?}");
    assert!(
        files.contains(&"today/csv/checkins.csv".to_owned()),
        "{files:?}"
    );

    // A folder of the user's, such as Downloads, keeps its mode; the files in it are
    // private, and one written over an older, open file is private too.
    let downloads = base.path().join("Downloads");
    fs::create_dir(&downloads).unwrap();
    set_mode(&downloads, 0o755);
    let file = downloads.join("mend.json");
    fs::write(&file, "an older export").unwrap();
    set_mode(&file, 0o644);
    write_json(&snapshot, now(), &file).unwrap();
    let csv = write_csv(&snapshot, &downloads).unwrap();
    assert_eq!(
        mode(&downloads),
        0o755,
        "the user's folder is left as it was"
    );
    assert_eq!(mode(&file), 0o600);
    for f in csv {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}

#[test]
fn an_import_keeps_everything_private() {
    open_umask();
    let (base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "from another device");
    let file = base.path().join("export.json");
    write_json(&store.snapshot().unwrap(), now(), &file).unwrap();
    let other = base.path().join("other");
    let mut store = Store::open_in(&other).unwrap();
    let report = store.import(&fs::read(&file).unwrap()).unwrap();
    assert!(report.summary().contains("Added"), "{}", report.summary());
    all_private(&other);
}

#[test]
fn a_damaged_file_moved_aside_and_the_backup_put_in_its_place_are_private() {
    open_umask();
    let (_base, data) = new_place();
    {
        let mut store = Store::open_in(&data).unwrap();
        for i in 0..300 {
            checkin(&mut store, &format!("note {i} {}", "x".repeat(200)));
        }
        store.backup(BackupKind::Daily, &now()).unwrap();
    }
    let db = data.join("mend.db");
    damage(&db);
    // As an earlier Mend would have left it.
    set_mode(&db, 0o644);
    let err = Store::open_in(&data).unwrap_err();
    let OpenError::Damaged {
        moved_to, backup, ..
    } = &err
    else {
        panic!("expected damage, got {err}");
    };
    assert_eq!(mode(moved_to), 0o600, "the damaged file moved aside");
    restore_file(&db, backup.as_ref().unwrap(), None).unwrap();
    assert_eq!(mode(&db), 0o600, "the backup put in its place");
    drop(Store::open_in(&data).unwrap());
    let files = all_private(&data);
    assert!(
        files.iter().any(|f| f.starts_with("mend.db.damaged-")),
        "{files:?}"
    );
}

#[test]
fn delete_everything_starts_again_in_private() {
    open_umask();
    let (_base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "to be deleted");
    store.backup_if_due(&now()).unwrap();
    store.delete_everything().unwrap();
    checkin(&mut store, "a new start");
    all_private(&data);
}

/// Leaves a data folder as an earlier Mend did under the usual umask (022): the folders
/// `0755`, the files `0644`. Returns what was loosened.
fn loosen(data: &Path) -> usize {
    let mut n = 0;
    let mut stack = vec![data.to_path_buf()];
    while let Some(dir) = stack.pop() {
        set_mode(&dir, 0o755);
        n += 1;
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                set_mode(&path, 0o644);
                n += 1;
            }
        }
    }
    n
}

#[test]
fn an_earlier_installation_is_tightened_when_it_is_opened() {
    open_umask();
    let (_base, data) = new_place();
    let backups = {
        let mut store = Store::open_in(&data).unwrap();
        checkin(&mut store, "kept from before");
        store.backup_if_due(&now()).unwrap()
    };
    let unrelated = data.join("notes.txt");
    fs::write(&unrelated, "not Mend's").unwrap();
    let loosened = loosen(&data);
    // A backup its owner made read-only stays read-only: only others lose access.
    set_mode(&backups[0].path, 0o444);

    let found = files::too_open(&data, "mend.db").unwrap();
    // The folder, the database, the backups folder and its two backups.
    assert_eq!(found.len(), 5, "{found:?}");
    assert!(found.contains(&TooOpen {
        path: data.join("mend.db"),
        mode: 0o644,
        is_dir: false
    }));
    assert!(
        !found.iter().any(|f| f.path == unrelated),
        "only Mend's files"
    );
    assert!(loosened >= found.len());
    let health = check_health(&data.join("mend.db"), None);
    assert!(
        health
            .problems
            .iter()
            .map(|p| p.told())
            .any(|p| p.contains("mend.db") && p.contains("644")),
        "mend check names it: {:?}",
        health.problems
    );

    let store = Store::open_in(&data).unwrap();
    assert_eq!(store.snapshot().unwrap().checkins.len(), 1, "nothing lost");
    drop(store);
    assert!(files::too_open(&data, "mend.db").unwrap().is_empty());
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("backups")), 0o700);
    assert_eq!(mode(&data.join("mend.db")), 0o600);
    assert_eq!(mode(&backups[0].path), 0o400, "read-only stays read-only");
    assert_eq!(
        mode(&unrelated),
        0o644,
        "a file that isn't Mend's is left alone"
    );
    assert!(check_health(&data.join("mend.db"), None).ok());
}

#[test]
fn encrypted_data_is_tightened_even_before_the_passphrase() {
    open_umask();
    let (_base, data) = new_place();
    let mut store = Store::open_in(&data).unwrap();
    checkin(&mut store, "locked away");
    store.encrypt_with("river stone morning", cheap()).unwrap();
    drop(store);
    loosen(&data);
    assert!(matches!(
        Store::open_in(&data),
        Err(OpenError::Locked { .. })
    ));
    all_private(&data);
}

#[test]
fn the_command_line_writes_private_files_and_says_what_it_tightened() {
    open_umask();
    let (base, data) = new_place();

    // In-process, under the open umask: the store's own modes.
    let out = base.path().join("cli-out");
    let file = out.join("mend.json");
    let csv = out.join("csv");
    for args in [
        vec!["backup"],
        vec![
            "export",
            "--out",
            file.to_str().unwrap(),
            "--csv",
            csv.to_str().unwrap(),
        ],
        vec!["import", file.to_str().unwrap()],
    ] {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let outcome = mend::cli::run(&args, &data, mend::domain::i18n::Lang::ENGLISH);
        assert_eq!(outcome.code, 0, "{args:?}: {}", outcome.human);
    }
    all_private(&data);
    all_private(&out);

    // The binary, on an installation an earlier Mend left open: one line says what it
    // changed; the next run has nothing to say.
    let loosened = loosen(&data);
    let first = mend(&data, &["backup"]);
    assert!(first.status.success());
    let log = String::from_utf8_lossy(&first.stderr).into_owned();
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 1, "one log line: {log}");
    assert!(
        lines[0].contains("only this account can read Mend's files now"),
        "{log}"
    );
    assert!(lines[0].contains("mend.db 644→600"), "{log}");
    assert!(lines[0].contains("backups 755→700"), "{log}");
    assert_eq!(lines[0].matches('→').count(), loosened, "{log}");
    all_private(&data);
    let second = mend(&data, &["backup"]);
    assert!(second.status.success());
    assert!(
        second.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );

    let exported = base.path().join("by-the-binary.json");
    let export = mend(&data, &["export", "--out", exported.to_str().unwrap()]);
    assert!(export.status.success());
    assert_eq!(mode(&exported), 0o600);
    all_private(&data);
}

#[test]
fn the_export_folder_beside_the_data_is_one_of_mends_own() {
    assert_eq!(mend::platform::EXPORT_FALLBACK_DIR, files::EXPORT_DIR);
    assert!(files::OWN_FOLDERS.contains(&files::EXPORT_DIR));
}
