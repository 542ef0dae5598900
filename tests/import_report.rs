//! The import's report, byte for byte, on the same files: the reports kept in
//! `tests/fixtures/import/` were written by the importer before it was made faster, and every
//! later importer must give exactly the same ones. The input is one export of a generated
//! history (kept in the same folder), and variants of it made here: records broken in many
//! ways, edits that are newer and older than the store's, and the same file as versions 1
//! and 2 of the format.
//!
//! `MEND_BLESS=1 cargo test --test import_report` writes the files again: only do that when a
//! change of the report is meant, and say why in the commit.

use std::fs;
use std::path::PathBuf;

use chrono::DateTime;
use mend::domain::{CheckIn, CheckInId, Note, TimelineFilter};
use mend::store::synthetic::Spec;
use mend::store::transfer::{ImportReport, write_json};
use mend::store::{Parts, Store};
use serde_json::{Value, json};
use tempfile::TempDir;

mod common;
use common::{as_version_1, as_version_2, now};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import")
}

/// `MEND_BLESS=1` writes the fixtures again, the export and its reports;
/// `MEND_BLESS=reports` only the reports, from the export as it is.
fn blessing() -> bool {
    std::env::var_os("MEND_BLESS").is_some_and(|v| v == "1" || v == "reports")
}

fn blessing_export() -> bool {
    std::env::var_os("MEND_BLESS").is_some_and(|v| v == "1")
}

/// The export every variant starts from: written once, when blessing, and kept.
fn export() -> Value {
    let path = fixtures().join("history.json");
    if blessing_export() {
        let dir = TempDir::new().unwrap();
        let mut store = Store::open_in(dir.path()).unwrap();
        let spec = Spec {
            years: 1,
            checkins: 60,
            ruptures: 20,
            repaired_per_mille: 700,
            pauses: 20,
            reflected_per_mille: 60,
            practice_sessions: 6,
            own_phrases: 3,
            seed: 11,
        };
        store.generate(spec, &now()).unwrap();
        fs::create_dir_all(fixtures()).unwrap();
        write_json(&store.snapshot().unwrap(), now(), &path).unwrap();
    }
    serde_json::from_slice(&fs::read(&path).unwrap()).unwrap()
}

/// The export with records broken in every way a file can break them, and some edits.
fn broken(mut file: Value) -> Value {
    file["ruptures"][1]["severity"] = json!(9);
    file["ruptures"][2]["status"] = json!("forgotten");
    file["ruptures"][3]["at"] = json!("yesterday");
    file["checkins"][0]["note"] = json!("x".repeat(10_001));
    file["checkins"][1]["part_id"] = json!("00000000-0000-4000-8000-000000000001");
    file["checkins"][2]["self_level"] = json!(42);
    file["checkins"][3]["id"] = json!(7);
    file["checkins"][4]["fears"] = json!(["afraid", "\u{0}"]);
    file["checkins"][5] = json!("not a record");
    file["pauses"][0]["outcome"] = json!("vanished");
    file["people"][0]["name"] = json!("   ");
    file["repairs"][0]["id"] = json!("not-a-uuid");
    file["repairs"][1]["rupture_id"] = file["ruptures"][1]["id"].clone();
    file["reflections"][0]["self_level"] = json!(11);
    file["own_phrases"][0]["audience"] = json!("the cat");
    file["practice_sessions"][0]["cards"] = json!([]);
    file["parts"][0]["name"] = json!("");
    // A record twice: the second is here already by then.
    let again = file["pauses"][1].clone();
    file["pauses"].as_array_mut().unwrap().push(again);
    file
}

/// The export with some records edited later than it was written, and one earlier.
fn edited(mut file: Value) -> Value {
    for (list, i, field) in [("checkins", 10, "note"), ("ruptures", 5, "what")] {
        file[list][i]["updated_at"] = json!("2026-11-24T09:00:00+01:00");
        file[list][i][field] = json!("Changed on the other xylophone.");
    }
    file["pauses"][6]["updated_at"] = json!("2026-11-24T09:00:00+01:00");
    file["checkins"][11]["updated_at"] = json!("2000-01-01T00:00:00Z");
    file
}

fn version_2(mut file: Value) -> Value {
    as_version_2(&mut file);
    file
}

fn version_1(mut file: Value) -> Value {
    as_version_2(&mut file);
    as_version_1(&mut file);
    file
}

/// The report as kept: its JSON, then its words for people.
fn written(report: &ImportReport) -> String {
    format!(
        "{}\n---\n{}\n",
        serde_json::to_string_pretty(report).unwrap(),
        report.summary()
    )
}

fn check(name: &str, report: &ImportReport) {
    let path = fixtures().join(format!("{name}.report"));
    let got = written(report);
    if blessing() {
        fs::write(&path, &got).unwrap();
    }
    let kept = fs::read_to_string(&path).unwrap();
    assert!(
        got == kept,
        "the report of {name} differs from {}:\n{got}",
        path.display()
    );
}

#[test]
fn every_import_gives_the_report_it_always_gave() {
    let file = export();
    let bytes = |v: &Value| serde_json::to_vec(v).unwrap();

    // Into a store with only its starter parts: the broken file, then the whole file (what
    // was turned away comes in now, the rest is here), then later edits, then it again.
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    let steps = [
        ("broken", broken(file.clone())),
        ("whole", file.clone()),
        ("edited", edited(file.clone())),
        ("edited-again", edited(file.clone())),
    ];
    for (name, variant) in &steps {
        check(name, &store.import(&bytes(variant)).unwrap());
    }
    // The import wrote its rows without the search index's and the kept sums' triggers, then
    // built both again and put the triggers back: an edit from the file is found, a check-in
    // saved afterwards is found too, and the insights agree with the rows.
    let found = |store: &Store, words: &str| {
        let filter = TimelineFilter {
            text: words.into(),
            ..TimelineFilter::default()
        };
        store.timeline(&filter, None, 30).unwrap().len()
    };
    assert_eq!(
        found(&store, "xylophone"),
        2,
        "the edited check-in and rupture"
    );
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut c = CheckIn::of_part(CheckInId::random(), now(), part);
    c.note = Note::parse("Saved after the import", "the note").unwrap();
    store.save_checkin(&c, &now()).unwrap();
    assert_eq!(found(&store, "after the import"), 1);
    let epoch = DateTime::from_timestamp(0, 0).unwrap().fixed_offset();
    assert_eq!(
        store.insights(&epoch, &now()).unwrap(),
        store.insights_from_rows(&epoch, &now()).unwrap()
    );

    // Each import also took away the indexes of the tables it at least doubled, and made
    // them again: the schema is a new store's, entry for entry.
    let fresh = TempDir::new().unwrap();
    let fresh = Store::open_in(fresh.path()).unwrap();
    assert_eq!(schema(&store), schema(&fresh));

    // Into a new store: the file as version 1, then as version 2.
    let dir = TempDir::new().unwrap();
    let mut store = Store::open_in(dir.path()).unwrap();
    check(
        "version-1",
        &store.import(&bytes(&version_1(file.clone()))).unwrap(),
    );
    check(
        "version-2",
        &store.import(&bytes(&version_2(file.clone()))).unwrap(),
    );
    assert_eq!(schema(&store), schema(&fresh));
}

/// Every table, index and trigger of a store's file, with its SQL, read from the file.
fn schema(store: &Store) -> Vec<(String, String, Option<String>)> {
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<Vec<_>>>()
        .unwrap();
    assert!(
        rows.iter().filter(|(t, _, _)| t == "index").count() > 20,
        "the store's indexes are read"
    );
    rows
}
