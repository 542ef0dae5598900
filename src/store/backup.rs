//! Backups: whole-file copies made with `VACUUM INTO`, each checked with
//! `PRAGMA integrity_check` before it counts. One a day while Mend is used (and one a week
//! kept longer), one before every migration, one before every restore. Restoring copies a
//! backup into the open database with SQLite's online backup API, after backing up the
//! current data first.

use std::fs;

use super::error::Doing;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use rusqlite::Connection;
use tracing::{info, instrument, warn};

use super::error::{OpenError, Result, StoreError};
pub use super::file::check_file;
use super::file::{check_before_writing, open_read_only};
use super::files;
use super::keys::Key;
use super::version;
use crate::domain::Moment;

pub use super::files::BACKUP_DIR;

/// Why a backup was made. Each kind keeps its own number of copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    Daily,
    Weekly,
    BeforeMigration,
    BeforeRestore,
    Manual,
}

impl BackupKind {
    pub const ALL: [BackupKind; 5] = [
        BackupKind::Daily,
        BackupKind::Weekly,
        BackupKind::BeforeMigration,
        BackupKind::BeforeRestore,
        BackupKind::Manual,
    ];

    fn code(self) -> &'static str {
        match self {
            BackupKind::Daily => "daily",
            BackupKind::Weekly => "weekly",
            BackupKind::BeforeMigration => "before-update",
            BackupKind::BeforeRestore => "before-restore",
            BackupKind::Manual => "manual",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }

    /// How many of this kind are kept; older ones are removed.
    pub fn kept(self) -> usize {
        match self {
            BackupKind::Daily => 7,
            BackupKind::Weekly => 4,
            BackupKind::BeforeMigration => 3,
            BackupKind::BeforeRestore => 3,
            BackupKind::Manual => 10,
        }
    }

    /// A plain word for the list in Settings, in `lang`.
    pub fn label(self, lang: crate::domain::i18n::Lang) -> String {
        lang.word("data-backup-kind", self.code())
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BackupInfo {
    pub path: PathBuf,
    pub kind: BackupKind,
    pub made_at: DateTime<Utc>,
    pub bytes: u64,
}

const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";

fn file_name(kind: BackupKind, at: DateTime<Utc>) -> String {
    format!("mend-{}-{}.db", at.format(STAMP), kind.code())
}

fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupKind)> {
    let rest = name.strip_prefix("mend-")?.strip_suffix(".db")?;
    let (stamp, code) = rest.split_once('-')?;
    let at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some((at, BackupKind::from_code(code)?))
}

/// The backup folder for a database file.
pub fn backup_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join(BACKUP_DIR)
}

/// The backups in `dir`, newest first.
pub fn list_backups(dir: &Path) -> std::io::Result<Vec<BackupInfo>> {
    let mut found = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(found),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some((made_at, kind)) = name.to_str().and_then(parse_name) else {
            continue;
        };
        // A backup removed while the folder is read (the daily one, made apart, keeps only
        // so many) is simply not there.
        let bytes = match entry.metadata() {
            Ok(meta) => meta.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        found.push(BackupInfo {
            path: entry.path(),
            kind,
            made_at,
            bytes,
        });
    }
    found.sort_by(|a, b| b.made_at.cmp(&a.made_at).then_with(|| b.path.cmp(&a.path)));
    Ok(found)
}

/// Copies the database on `conn` into `dir` as a backup of this kind, checks the copy, and
/// removes the oldest of that kind beyond what is kept. The copy is written under a
/// temporary name and only renamed once it has passed the check.
pub(super) fn make_backup(
    conn: &Connection,
    key: Option<&Key>,
    dir: &Path,
    kind: BackupKind,
    now: DateTime<Utc>,
) -> Result<BackupInfo> {
    files::create_dir_all(dir).map_err(io)?;
    let path = dir.join(file_name(kind, now));
    let partial = dir.join(format!(".{}.partial", file_name(kind, now)));
    remove_if_there(&partial)?;
    // An empty file of the owner's for SQLite to fill (VACUUM INTO accepts an empty one).
    let made = (|| {
        files::create_empty(&partial).map_err(io)?;
        conn.execute("VACUUM INTO ?1", [partial.to_string_lossy()])?;
        check_file(&partial, key).map_err(StoreError::BadCopy)?;
        fs::rename(&partial, &path).map_err(io)
    })();
    if let Err(e) = made {
        // A copy cut short (a full disk) or unsound is not left lying beside the backups.
        let _ = files::remove_if_there(&partial);
        return Err(e);
    }
    let bytes = fs::metadata(&path).map_err(io)?.len();
    info!(path = %path.display(), ?kind, bytes, "backup made");
    prune(dir, kind)?;
    Ok(BackupInfo {
        path,
        kind,
        made_at: now,
        bytes,
    })
}

pub(super) fn io(e: std::io::Error) -> StoreError {
    Doing::Backup.io()(e)
}

fn remove_if_there(path: &Path) -> Result<()> {
    files::remove_if_there(path).map_err(io)
}

/// Removes the oldest backups of `kind` beyond the number kept.
fn prune(dir: &Path, kind: BackupKind) -> Result<()> {
    let of_kind: Vec<BackupInfo> = list_backups(dir)
        .map_err(io)?
        .into_iter()
        .filter(|b| b.kind == kind)
        .collect();
    for old in of_kind.iter().skip(kind.kept()) {
        remove_if_there(&old.path)?;
        info!(path = %old.path.display(), "old backup removed");
    }
    Ok(())
}

/// Makes the daily backup if none was made yet on this day (in the user's local date), and
/// the weekly one if none was made this week, each with `make`. Returns what was made.
pub(super) fn make_due(
    dir: &Path,
    now: &Moment,
    mut make: impl FnMut(BackupKind) -> Result<BackupInfo>,
) -> Result<Vec<BackupInfo>> {
    let existing = list_backups(dir).map_err(io)?;
    let offset = *now.offset();
    let local = |b: &BackupInfo| b.made_at.with_timezone(&offset);
    let today = now.date_naive();
    let week = now.iso_week();
    let mut made = Vec::new();
    if !existing
        .iter()
        .any(|b| b.kind == BackupKind::Daily && local(b).date_naive() == today)
    {
        made.push(make(BackupKind::Daily)?);
    }
    if !existing
        .iter()
        .any(|b| b.kind == BackupKind::Weekly && local(b).iso_week() == week)
    {
        made.push(make(BackupKind::Weekly)?);
    }
    Ok(made)
}

/// Keeps a backup made on its own connection apart from the changes that replace the data
/// file or its key (encrypting, a new passphrase, a restore, deleting everything). Each
/// waits for the other, and each such change counts one more generation, so that a backup
/// planned before it is not made after it (from a file that has gone, or with an old key).
/// There is one gate per data file in the process, whichever store opened it: the preview
/// opens one store per tab for encrypted data.
#[derive(Clone)]
pub(super) struct BackupGate(std::sync::Arc<GateState>);

#[derive(Default)]
struct GateState {
    /// Held while a backup is made apart, and while the file or its key is replaced.
    turn: std::sync::Mutex<()>,
    /// How many times the file or its key has been replaced. Read without waiting, so that
    /// planning a backup (under the store's lock) never waits for one being made.
    generation: std::sync::atomic::AtomicU64,
}

/// Holding it, the data file or its key is being replaced: no backup is made apart meanwhile,
/// and none planned before it is made afterwards.
pub(super) struct Replacing<'a> {
    _turn: std::sync::MutexGuard<'a, ()>,
}

impl BackupGate {
    /// The gate of the data file at `db`, shared by every store of it in this process.
    pub(super) fn of(db: &Path) -> BackupGate {
        use std::collections::HashMap;
        use std::sync::{Mutex, OnceLock};
        static GATES: OnceLock<Mutex<HashMap<PathBuf, BackupGate>>> = OnceLock::new();
        let mut gates = GATES
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        gates
            .entry(db.to_path_buf())
            .or_insert_with(|| BackupGate(std::sync::Arc::default()))
            .clone()
    }

    fn generation(&self) -> u64 {
        self.0.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn take_turn(&self) -> std::sync::MutexGuard<'_, ()> {
        self.0
            .turn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits for a backup being made apart to finish, and holds the next off until the
    /// guard is dropped; any backup planned before now is called off.
    pub(super) fn replacing(&self) -> Replacing<'_> {
        let turn = self.take_turn();
        self.0
            .generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Replacing { _turn: turn }
    }
}

/// A store's file and key, for making the daily backup on a connection of its own
/// ([`Store::backup_source`](super::Store::backup_source)).
pub struct BackupSource {
    db: PathBuf,
    key: Option<Key>,
    gate: BackupGate,
    /// The gate's generation when this was taken.
    generation: u64,
}

impl BackupSource {
    /// The source for the file at `db`, as its gate stands now.
    pub(super) fn of(db: &Path, key: Option<Key>, gate: BackupGate) -> Self {
        Self {
            db: db.to_path_buf(),
            key,
            generation: gate.generation(),
            gate,
        }
    }

    /// [`Store::backup_if_due`](super::Store::backup_if_due), made from a read-only connection of its own, so the store
    /// is free for saves meanwhile. Makes nothing if the file was replaced or re-keyed since
    /// this source was taken: the next check makes the backup from the file as it is then.
    #[instrument(skip_all, err)]
    pub fn backup_if_due(&self, now: &Moment) -> Result<Vec<BackupInfo>> {
        let _turn = self.gate.take_turn();
        if self.gate.generation() != self.generation {
            info!("the data changed hands since this backup was planned; not made");
            return Ok(Vec::new());
        }
        let dir = backup_dir(&self.db);
        let conn = open_read_only(&self.db, self.key.as_ref())?;
        make_due(&dir, now, |kind| {
            make_backup(&conn, self.key.as_ref(), &dir, kind, now.to_utc())
        })
    }
}

/// What `mend check` found in a data file.
#[derive(Debug)]
pub struct Health {
    pub path: PathBuf,
    pub exists: bool,
    /// The file's schema version, and the newest this build knows.
    pub schema_version: usize,
    pub known_version: usize,
    /// Problems found; empty when all is well.
    pub problems: Vec<Problem>,
    pub backups: usize,
}

/// One thing `mend check` found wrong with a data file (told in `ui::errors`).
#[derive(Debug)]
pub enum Problem {
    /// Other accounts can open one of Mend's files.
    TooOpen { path: PathBuf, mode: u32 },
    /// Who can read the files could not be looked at.
    CantLook(std::io::Error),
    /// The file is not one this build can open or read.
    Open(OpenError),
    /// A line of SQLite's own checks (`integrity_check`, `foreign_key_check`), in its words.
    Found(String),
}

impl Health {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Checks a data file without changing it: that only its owner can read Mend's files, that
/// it is a Mend file this build can read, its full `integrity_check`, and
/// `foreign_key_check`.
pub fn check_health(db: &Path, key: Option<&Key>) -> Health {
    let mut health = Health {
        path: db.to_path_buf(),
        exists: db.exists(),
        schema_version: 0,
        known_version: version::SCHEMA_VERSION,
        problems: Vec::new(),
        backups: list_backups(&backup_dir(db)).map(|b| b.len()).unwrap_or(0),
    };
    if !health.exists {
        return health;
    }
    if let Some(dir) = db.parent() {
        match files::too_open(dir, files::db_name(db)) {
            Ok(found) => health
                .problems
                .extend(found.iter().map(|f| Problem::TooOpen {
                    path: f.path.clone(),
                    mode: f.mode,
                })),
            Err(e) => health.problems.push(Problem::CantLook(e)),
        }
    }
    let conn = match open_read_only(db, key) {
        Ok(c) => c,
        Err(source) => {
            health.problems.push(Problem::Open(OpenError::Sqlite {
                path: db.to_path_buf(),
                source,
            }));
            return health;
        }
    };
    if let Ok(v) = conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)) {
        health.schema_version = usize::try_from(v).unwrap_or(0);
    }
    if let Err(e) = check_before_writing(&conn, db) {
        health.problems.push(Problem::Open(e));
        return health;
    }
    let lines = |sql: &str| -> Vec<String> {
        let run = || -> rusqlite::Result<Vec<String>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| {
                let v: rusqlite::types::Value = r.get(0)?;
                Ok(match v {
                    rusqlite::types::Value::Text(t) => t,
                    other => format!("{other:?}"),
                })
            })?;
            rows.collect()
        };
        run().unwrap_or_else(|e| vec![e.to_string()])
    };
    let integrity = lines("PRAGMA integrity_check");
    if integrity != ["ok"] {
        health
            .problems
            .extend(integrity.into_iter().map(Problem::Found));
    }
    let foreign = lines(
        "SELECT \"table\" || ' row ' || rowid || ' points at a missing ' || parent FROM pragma_foreign_key_check",
    );
    health
        .problems
        .extend(foreign.into_iter().map(Problem::Found));
    health
}

/// Puts a backup in place of a database file that is missing (after a damaged one was moved
/// aside). The backup is checked first and copied under a temporary name, so the database is
/// either the whole backup or absent.
pub fn restore_file(db: &Path, backup: &Path, key: Option<&Key>) -> Result<()> {
    if db.exists() {
        return Err(StoreError::WontOverwrite);
    }
    check_file(backup, key).map_err(StoreError::BadBackup)?;
    let partial = db.with_extension("db.partial");
    remove_if_there(&partial)?;
    let copied = files::copy(backup, &partial).and_then(|_| fs::rename(&partial, db));
    if let Err(e) = copied {
        let _ = files::remove_if_there(&partial);
        return Err(Doing::Restore.io()(e));
    }
    info!(from = %backup.display(), "data file restored from a backup");
    Ok(())
}

/// Before a migration: a backup of the file as it is, so an update can always be undone.
pub(super) fn before_migration(
    conn: &Connection,
    key: Option<&Key>,
    db: &Path,
) -> Result<(), OpenError> {
    make_backup(
        conn,
        key,
        &backup_dir(db),
        BackupKind::BeforeMigration,
        Utc::now(),
    )
    .map(|_| ())
    .map_err(|e| {
        warn!(%e, "no backup before the update; the update is not made");
        OpenError::NoBackup {
            path: db.to_path_buf(),
            reason: e.to_string(),
        }
    })
}

/// Moves a damaged database (and its log files) aside, never deleting or overwriting it,
/// and finds the newest good backup to offer instead.
pub(super) fn move_aside(path: &Path, key: Option<&Key>) -> OpenError {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let aside = |p: &Path| PathBuf::from(format!("{}.damaged-{stamp}", p.display()));
    let moved_to = aside(path);
    for suffix in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{suffix}", path.display()));
        if from.exists()
            && let Err(err) = std::fs::rename(&from, aside(&from))
        {
            tracing::error!(%err, file = %from.display(), "could not move a damaged file aside");
            return OpenError::ReadOnly {
                path: path.to_path_buf(),
            };
        }
    }
    let backup = list_backups(&backup_dir(path))
        .unwrap_or_default()
        .into_iter()
        .find(|b| check_file(&b.path, key).is_ok())
        .map(|b| b.path);
    OpenError::Damaged {
        path: path.to_path_buf(),
        moved_to,
        backup,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::migrations;
    use crate::store::{SCHEMA_VERSION, Store};

    #[test]
    fn names_round_trip() {
        let at = DateTime::parse_from_rfc3339("2026-11-23T19:40:05.123Z")
            .unwrap()
            .to_utc();
        for kind in BackupKind::ALL {
            assert_eq!(parse_name(&file_name(kind, at)), Some((at, kind)));
        }
        assert_eq!(parse_name("mend-nonsense.db"), None);
        assert_eq!(parse_name("notes.txt"), None);
    }

    /// Opening a database one version behind makes a backup of it first, as it was.
    #[test]
    fn an_update_is_preceded_by_a_backup() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("mend.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrations::list()
                .to_version(&mut conn, SCHEMA_VERSION - 1)
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let backups = store.backups().unwrap();
        assert_eq!(backups.len(), 1);
        assert_eq!(backups[0].kind, BackupKind::BeforeMigration);
        let old = Connection::open(&backups[0].path).unwrap();
        let v: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, SCHEMA_VERSION - 1);
        // A new file needs no backup.
        let fresh = Store::open(&dir.path().join("other").join("mend.db")).unwrap();
        assert!(fresh.backups().unwrap().is_empty());
    }
}
