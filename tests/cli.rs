//! The command line on real data folders: export, import (twice), backup and check, in words
//! and in JSON, with the exit codes scripts rely on.

use std::fs;
use std::path::Path;
use std::process::Output;

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{mend, mend_in};

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn export_import_backup_and_check_from_the_command_line() {
    let a = TempDir::new().unwrap();
    let b = TempDir::new().unwrap();
    let file = a.path().join("out").join("mend-export.json");

    // A data folder Mend makes itself, so it has nothing to tighten and nothing to log.
    let out = mend(
        &a.path().join("data"),
        &[
            "export",
            "--out",
            file.to_str().unwrap(),
            "--csv",
            a.path().join("csv").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).starts_with("Exported 4 records to "),
        "{}",
        text(&out)
    );
    assert!(
        out.stderr.is_empty(),
        "a quiet log: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let exported: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
    assert_eq!(exported["format"], "mend-export");
    assert!(a.path().join("csv").join("checkins.csv").is_file());

    let first = mend(b.path(), &["import", file.to_str().unwrap(), "--json"]);
    assert!(first.status.success());
    let report = json(&first);
    assert_eq!(report["ok"], true);
    assert_eq!(report["report"]["merged"]["parts"], 4);
    let again = mend(b.path(), &["import", file.to_str().unwrap()]);
    assert!(again.status.success());
    assert!(text(&again).contains("Added: nothing."), "{}", text(&again));

    let backup = mend(b.path(), &["backup", "--json"]);
    assert!(backup.status.success());
    let made = json(&backup);
    assert!(Path::new(made["backup"]["path"].as_str().unwrap()).is_file());

    let check = mend(b.path(), &["check"]);
    assert!(check.status.success());
    assert!(text(&check).starts_with("All is well"), "{}", text(&check));
    let check = json(&mend(b.path(), &["check", "--json"]));
    assert_eq!(check["health"]["backups"], 1);
}

#[test]
fn check_fails_on_a_damaged_or_newer_file_and_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("mend.db");
    fs::write(&db, "this is not a database").unwrap();
    let out = mend(dir.path(), &["check", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["ok"], false);
    assert_eq!(fs::read(&db).unwrap(), b"this is not a database");

    let newer = TempDir::new().unwrap();
    mend(newer.path(), &["backup"]);
    {
        let conn = rusqlite::Connection::open(newer.path().join("mend.db")).unwrap();
        conn.execute_batch("PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }
    let before = fs::read(newer.path().join("mend.db")).unwrap();
    let out = mend(newer.path(), &["check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("newer version of Mend"),
        "{}",
        text(&out)
    );
    assert_eq!(fs::read(newer.path().join("mend.db")).unwrap(), before);
    // Export refuses it too, with the same words.
    let out = mend(newer.path(), &["export", "--out", "x.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("newer version of Mend"));
}

#[test]
fn an_import_of_another_apps_file_fails_with_a_clear_message() {
    let dir = TempDir::new().unwrap();
    let other = dir.path().join("other.json");
    fs::write(&other, r#"{"recipes": []}"#).unwrap();
    let out = mend(dir.path(), &["import", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out).trim(),
        "This file isn't a Mend export, so nothing was imported."
    );
}

#[test]
fn usage_mistakes_exit_with_2_and_say_how() {
    let dir = TempDir::new().unwrap();
    for args in [
        &["export"][..],
        &["import"],
        &["check", "--frobnicate"],
        &["backup", "extra"],
    ] {
        let out = mend(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out).contains("Usage:"), "{args:?}");
    }
    let help = mend(dir.path(), &["check", "--help"]);
    assert!(help.status.success());
}

#[test]
fn the_command_line_speaks_the_systems_language() {
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("mend-export.json");
    let data = dir.path().join("data");
    let es = |args: &[&str]| text(&mend_in(&data, args, "es_ES.UTF-8"));
    let exported = es(&["export", "--out", file.to_str().unwrap()]);
    assert!(
        exported.starts_with("4 registros exportados a "),
        "{exported}"
    );
    // New data's starter parts are named in the system's language.
    let parts: Vec<String> =
        serde_json::from_slice::<Value>(&fs::read(&file).unwrap()).unwrap()["parts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect();
    assert!(
        parts.contains(&"Una parte enfadada".to_owned()),
        "{parts:?}"
    );
    let imported = es(&["import", file.to_str().unwrap()]);
    assert!(imported.contains("Añadido: nada."), "{imported}");
    assert!(es(&["check"]).starts_with("Todo bien: "));
    let wrong = mend_in(&data, &["backup", "extra"], "es_MX.UTF-8");
    assert_eq!(wrong.status.code(), Some(2));
    let said = text(&wrong);
    assert!(
        said.starts_with("Mend no conoce esa orden.\n\nUso:\n  mend export"),
        "{said}"
    );
    // JSON stays as scripts read it, whatever the language.
    let json = json(&mend_in(&data, &["check", "--json"], "es_ES.UTF-8"));
    assert_eq!(json["ok"], true);
    // A language Mend doesn't have speaks English.
    assert!(text(&mend_in(&data, &["check"], "de_DE.UTF-8")).starts_with("All is well"));
}
