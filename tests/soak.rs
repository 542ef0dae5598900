//! Crash soak: a child process writes through the store's own API (multi-table
//! transactions, inserts, edits, deletes) and reports each commit; the parent kills it with
//! SIGKILL at random moments, hundreds of times. Afterwards every reported commit is there,
//! no transaction is half-applied, and `integrity_check` and `foreign_key_check` are clean.
//!
//! The child is this same test binary, started again on the `soak_child` test with
//! `MEND_SOAK_DIR` set; run on its own, that test has nothing to do.

use std::collections::HashMap;
use std::io::{BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use mend::domain::{
    CheckIn, CheckInId, Note, RepairOutcome, RepairStage, Rupture, RuptureId, RuptureStatus,
    Severity,
};
use mend::store::cipher::{Key, KeyInfo, key_for};
use mend::store::{Parts, Store};
use tempfile::TempDir;

mod common;
use common::now;

/// How many times the writer is killed.
const KILLS: usize = 320;

/// How many SIGKILLs a run gives each mode: `MEND_SOAK_KILLS` (for `scripts/soak.sh`), else
/// the suite's bounded [`KILLS`].
fn kills_wanted() -> usize {
    std::env::var("MEND_SOAK_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(KILLS)
}

/// The writer. It picks up where the last one was killed (ruptures still being repaired,
/// check-ins to edit) and reports every commit on a line of its own.
#[test]
fn soak_child() {
    let Some(dir) = std::env::var_os("MEND_SOAK_DIR") else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    let mut store = match std::env::var("MEND_SOAK_PASSPHRASE") {
        Ok(passphrase) => Store::unlock(dir, &passphrase).unwrap(),
        Err(_) => Store::open_in(dir).unwrap(),
    };
    let mut out = std::io::stdout().lock();
    let mut say = |line: String| {
        writeln!(out, "{line}").unwrap();
        out.flush().unwrap();
    };
    say("ready".into());
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut checkins: Vec<CheckInId> = Vec::new();
    let mut repairs = Vec::new();
    let mut n: u64 = std::process::id().into();
    loop {
        n += 1;
        let at = now() + TimeDelta::seconds((n % 100_000) as i64);
        match n % 5 {
            0 => {
                // Two tables at once: a rupture, then its repair begun (repair + status).
                let r = Rupture {
                    id: RuptureId::random(),
                    at,
                    person_id: None,
                    what: Note::parse(&format!("soak {n}"), "what happened").unwrap(),
                    severity: Severity::DEFAULT,
                    status: RuptureStatus::Open,
                    repaired_at: None,
                };
                store.save_rupture(&r, &at).unwrap();
                say(format!("rupture {}", r.id));
                let repair = store.begin_repair(r.id, &at).unwrap();
                say(format!("begun {} {}", repair.id, r.id));
                repairs.push(repair);
            }
            1 | 2 => {
                let mut c = CheckIn::of_part(CheckInId::random(), at, part);
                c.note = Note::parse(
                    &format!("note {n} {}", "words ".repeat((n % 50) as usize)),
                    "the note",
                )
                .unwrap();
                store.save_checkin(&c, &at).unwrap();
                say(format!("checkin {}", c.id));
                checkins.push(c.id);
            }
            3 => {
                if let Some(id) = checkins
                    .get((n as usize / 5) % checkins.len().max(1))
                    .copied()
                {
                    let mut c = store.checkin(id).unwrap();
                    c.note = Note::parse(&format!("edit {n}"), "the note").unwrap();
                    store.save_checkin(&c, &at).unwrap();
                    say(format!("edit {id} {n}"));
                }
            }
            _ => {
                if let Some(mut repair) = repairs.pop() {
                    // Two tables at once: the repair completed, its rupture repaired.
                    repair.stage = RepairStage::Outcome.into();
                    let done = store
                        .complete_repair(&repair, RepairOutcome::Reconnected, &at)
                        .unwrap();
                    say(format!("mended {} {}", done.id, done.rupture_id));
                }
                if checkins.len() > 20 {
                    let id = checkins.remove(0);
                    store.delete(id, &at).unwrap();
                    say(format!("deleted {id}"));
                }
            }
        }
    }
}

/// A key as SQLCipher's `PRAGMA key` takes it, for the checking connection.
fn key_sql(key: &Key) -> String {
    key.pragma_value()
}

/// A line the writer prints after a commit (the test harness prints lines of its own).
fn is_report(line: &str) -> bool {
    [
        "rupture ", "begun ", "checkin ", "edit ", "mended ", "deleted ",
    ]
    .iter()
    .any(|p| line.starts_with(p))
}

/// A small seeded generator for the moments of the kills.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn hundreds_of_kills_lose_no_commit_and_leave_no_half_transaction() {
    soak(None);
}

#[test]
fn the_same_on_encrypted_data() {
    soak(Some("a soak passphrase"));
}

fn soak(passphrase: Option<&str>) {
    let dir = TempDir::new().unwrap();
    let mut first = Store::open_in(dir.path()).unwrap();
    if let Some(passphrase) = passphrase {
        // Cheap key costs, so each of the hundreds of starts opens quickly.
        let cheap = KeyInfo {
            memory_kib: 1024,
            passes: 1,
            ..KeyInfo::fresh().unwrap()
        };
        first.encrypt_with(passphrase, cheap).unwrap();
    }
    drop(first);
    let started = Instant::now();
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15 ^ u64::from(std::process::id()));
    let mut reported: Vec<String> = Vec::new();
    let mut kills = 0;
    let wanted = kills_wanted();
    while kills < wanted {
        let mut command = Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", "soak_child", "--nocapture", "--test-threads=1"])
            .env("MEND_SOAK_DIR", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(passphrase) = passphrase {
            command.env("MEND_SOAK_PASSPHRASE", passphrase);
        }
        let mut child = command.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = BufReader::new(stdout).read_to_end(&mut bytes);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            // Only whole lines count: a kill can cut the last one short.
            let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
            lines.pop();
            lines
                .into_iter()
                .filter(|l| is_report(l))
                .collect::<Vec<_>>()
        });
        // Sometimes while it opens the file, mostly while it writes.
        std::thread::sleep(Duration::from_millis(dice.below(45)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        kills += 1;
        reported.extend(reader.join().unwrap());
    }
    let soak_time = started.elapsed();

    // What the writer said it had committed must all be there.
    let store = match passphrase {
        Some(p) => Store::unlock(dir.path(), p).unwrap(),
        None => Store::open_in(dir.path()).unwrap(),
    };
    let key = passphrase.map(|p| key_for(store.path(), p).unwrap());
    let mut edits: HashMap<String, u64> = HashMap::new();
    let mut deleted: Vec<String> = Vec::new();
    let mut commits = 0;
    let conn = rusqlite::Connection::open(dir.path().join("mend.db")).unwrap();
    if let Some(key) = &key {
        conn.pragma_update(None, "key", key_sql(key)).unwrap();
    }
    let one = |sql: &str, id: &str| -> Option<String> {
        conn.query_row(sql, [id], |r| r.get::<_, Option<String>>(0))
            .ok()
            .flatten()
    };
    for line in &reported {
        let words: Vec<&str> = line.split(' ').collect();
        commits += 1;
        match words[..] {
            ["rupture", id] => assert!(
                one("SELECT status FROM ruptures WHERE id = ?1", id).is_some(),
                "{line}"
            ),
            ["begun", repair, rupture] => {
                assert!(
                    one("SELECT stage FROM repairs WHERE id = ?1", repair).is_some(),
                    "{line}"
                );
                let status = one("SELECT status FROM ruptures WHERE id = ?1", rupture).unwrap();
                assert!(
                    status == "repairing" || status == "repaired",
                    "{line}: {status}"
                );
            }
            ["checkin", id] => assert!(
                one("SELECT id FROM checkins WHERE id = ?1", id).is_some(),
                "{line}"
            ),
            ["edit", id, n] => {
                edits.insert(id.to_owned(), n.parse().unwrap());
            }
            ["mended", repair, rupture] => {
                assert_eq!(
                    one("SELECT outcome FROM repairs WHERE id = ?1", repair).as_deref(),
                    Some("reconnected"),
                    "{line}"
                );
                assert_eq!(
                    one("SELECT status FROM ruptures WHERE id = ?1", rupture).as_deref(),
                    Some("repaired"),
                    "{line}"
                );
            }
            ["deleted", id] => deleted.push(id.to_owned()),
            _ => panic!("unexpected report: {line}"),
        }
    }
    for (id, n) in &edits {
        // The last reported edit, or a later one that committed just before a kill.
        let note = one("SELECT note FROM checkins WHERE id = ?1", id).unwrap();
        let at: u64 = note
            .strip_prefix("edit ")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        assert!(at >= *n, "{id}: {note} is older than edit {n}");
    }
    for id in &deleted {
        assert!(
            one(
                "SELECT CAST(deleted_at_ms AS TEXT) FROM checkins WHERE id = ?1",
                id
            )
            .is_some(),
            "deleted {id}"
        );
    }
    // No half-applied transaction: a rupture being repaired has a repair under way, and a
    // completed repair's rupture is repaired.
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM ruptures u WHERE status = 'repairing' AND NOT EXISTS
                 (SELECT 1 FROM repairs r WHERE r.rupture_id = u.id AND r.completed_at_ms IS NULL)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0, "ruptures marked repairing without a repair");
    let unmarked: i64 = conn
        .query_row(
            "SELECT count(*) FROM repairs r JOIN ruptures u ON u.id = r.rupture_id
             WHERE r.outcome = 'reconnected' AND u.status <> 'repaired'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unmarked, 0, "repairs completed without their rupture");
    let health = mend::store::check_health(store.path(), key.as_ref());
    assert!(health.ok(), "{:?}", health.problems);
    let counts = store.counts().unwrap();
    println!(
        "crash soak ({}): {kills} SIGKILLs in {:.1} s; {commits} reported commits all present; {} check-ins, {} ruptures, {} repairs in the file; integrity_check and foreign_key_check clean",
        if passphrase.is_some() {
            "encrypted"
        } else {
            "plain"
        },
        soak_time.as_secs_f64(),
        counts.checkins,
        counts.ruptures,
        counts.repairs
    );
    assert!(
        commits > wanted,
        "the writer got to write between kills ({commits} commits)"
    );
}
