//! Helpers shared by the integration tests: moments written as text and the fixed evening
//! most tests take as now, the `mend` binary on a data folder, cheap key costs, and a way to
//! damage a database file. Each test file uses what it needs.

#![allow(dead_code)]

use std::fs;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;
use std::process::{Command, Output};

use chrono::DateTime;
use mend::domain::Moment;
use mend::store::cipher::KeyInfo;

/// A moment written as RFC 3339 text, with its offset (`2026-11-23T20:00:00+01:00`).
pub fn at(text: &str) -> Moment {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// The evening most tests take as now: 2026-11-23, 20:00, an hour east of UTC.
pub fn now() -> Moment {
    at("2026-11-23T20:00:00+01:00")
}

/// Runs the `mend` binary on the data in `dir`, with its own log level (quiet for commands).
pub fn mend(dir: &Path, args: &[&str]) -> Output {
    mend_in(dir, args, "C.UTF-8")
}

/// As [`mend`], on a system whose language is `locale` (`LANG`; the other settings of
/// language unset).
pub fn mend_in(dir: &Path, args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mend"))
        .args(args)
        .env("MEND_DATA_DIR", dir)
        .env_remove("RUST_LOG")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .output()
        .unwrap()
}

/// Cheap key costs for tests; the real ones are measured in `cipher.rs` and the benchmarks.
pub fn cheap() -> KeyInfo {
    KeyInfo {
        memory_kib: 1024,
        passes: 1,
        ..KeyInfo::fresh().unwrap()
    }
}

/// Overwrites a few whole pages of a database file in the middle of the check-ins' table.
pub fn damage(path: &Path) {
    damage_pages_of(path, "checkins", 3);
}

/// Overwrites up to `most` whole pages of `table` (or index) in a database file, from the
/// middle of its pages, leaving its first page (and the file's first page) alone. The pages
/// are found with SQLite's own page list (`dbstat`), so the damage lands where it is meant
/// to whatever else the file holds. Returns how many pages were overwritten.
pub fn damage_pages_of(path: &Path, table: &str, most: usize) -> usize {
    let pages: Vec<i64> = {
        let conn =
            rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        let mut stmt = conn
            .prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND pageno > 1 ORDER BY pageno")
            .unwrap();
        stmt.query_map([table], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let chosen: Vec<i64> = pages
        .iter()
        .skip(pages.len() / 2)
        .take(most)
        .copied()
        .collect();
    let mut f = fs::OpenOptions::new().write(true).open(path).unwrap();
    for page in &chosen {
        // Pages count from 1.
        f.seek(SeekFrom::Start((*page as u64 - 1) * 4096)).unwrap();
        f.write_all(&[0xA5; 4096]).unwrap();
    }
    f.sync_all().unwrap();
    chosen.len()
}

/// An export as version 1 of the format wrote it: without the lists and part details that
/// came later.
pub fn as_version_1(file: &mut serde_json::Value) {
    file["format_version"] = serde_json::json!(1);
    let object = file.as_object_mut().unwrap();
    for list in [
        "reflections",
        "own_phrases",
        "favourite_phrases",
        "practice_sessions",
    ] {
        object.remove(list);
    }
    for part in file["parts"].as_array_mut().unwrap() {
        let part = part.as_object_mut().unwrap();
        for field in ["fears", "needs", "triggers", "merged_into"] {
            part.remove(field);
        }
        part.insert("role".to_owned(), serde_json::Value::Null);
    }
}

/// An export as version 2 wrote it: no lines of one's own, no times together.
pub fn as_version_2(file: &mut serde_json::Value) {
    file["format_version"] = serde_json::json!(2);
    file.as_object_mut().unwrap().remove("help_lines");
    let sessions = file["practice_sessions"].as_array_mut().unwrap();
    sessions.retain(|s| s["kind"] == "cards");
    for s in sessions {
        s.as_object_mut().unwrap().remove("kind");
    }
}
