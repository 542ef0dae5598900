//! Export and import on real files: round trips, repeat imports, newer edits, refusals that
//! leave the data byte for byte as it was, per-record rejections, all-or-nothing writes, and
//! property tests (including arbitrary bytes).

use std::fs;
use std::path::Path;

use chrono::{DateTime, TimeDelta};
use mend::domain::{
    AgeBand, CheckIn, CheckInId, Level, Moment, Name, Note, Pause, PauseId, PauseLength,
    RepairOutcome, RepairStage, Rupture, RuptureId, RuptureStatus, SelfQuality, Severity,
};
use mend::store::transfer::format::FORMAT_VERSION;
use mend::store::transfer::{ImportError, Snapshot, write_csv, write_json};
use mend::store::{Parts, People, Store, StoreError};
use proptest::prelude::*;
use serde_json::{Value, json};
use tempfile::TempDir;

fn at(s: &str) -> Moment {
    DateTime::parse_from_rfc3339(s).unwrap()
}

const T0: &str = "2026-11-23T20:00:00+01:00";

fn minutes(m: i64) -> Moment {
    at(T0) + TimeDelta::minutes(m)
}

fn open(dir: &Path) -> Store {
    Store::open_in(dir).unwrap()
}

/// A small but complete history: a part of one's own, a person, ruptures with and without
/// repairs, linked and unlinked check-ins and pauses.
fn fill(store: &mut Store) {
    let now = at(T0);
    let own = store
        .add::<Parts>(&Name::parse("Le pompier 🔥").unwrap(), &now)
        .unwrap();
    let sam = store
        .add::<People>(&Name::parse("Sam").unwrap(), &now)
        .unwrap();
    let starter = store.list::<Parts>().unwrap()[1].id;
    let mut r = Rupture {
        id: RuptureId::random(),
        at: minutes(1),
        person_id: Some(sam.id),
        what: Note::parse("Sharp words, שלום", "what happened").unwrap(),
        severity: Severity::new(4).unwrap(),
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    store.save_rupture(&r, &now).unwrap();
    let mut c = CheckIn::of_part(CheckInId::random(), minutes(2), own.id);
    c.intensity = Level::new(9);
    c.age = Some(AgeBand::NineToTwelve);
    c.fears = vec!["being left".into(), "my own words".into()];
    c.body = vec!["jaw".into()];
    c.self_level = Level::new(2);
    c.self_qualities = vec![SelfQuality::Courage];
    c.person_id = Some(sam.id);
    c.note = Note::parse("A note\nwith two lines", "the note").unwrap();
    c.rupture_id = Some(r.id);
    store.save_checkin(&c, &minutes(2)).unwrap();
    store
        .save_checkin(
            &CheckIn::of_part(CheckInId::random(), minutes(3), starter),
            &minutes(3),
        )
        .unwrap();
    let mut p = Pause::start(
        PauseId::random(),
        minutes(4),
        PauseLength::DEFAULT,
        Some(r.id),
    );
    p.finish(minutes(30)).unwrap();
    store.save_pause(&p, &minutes(30)).unwrap();
    let open = Pause::start(PauseId::random(), minutes(40), PauseLength::DEFAULT, None);
    store.save_pause(&open, &minutes(40)).unwrap();
    let mut repair = store.begin_repair(r.id, &minutes(50)).unwrap();
    repair.notes.listen = Note::parse("They felt alone", "the note").unwrap();
    repair.toggle_phrase("I'm listening.");
    repair.stage = RepairStage::Outcome;
    store
        .complete_repair(&repair, RepairOutcome::Partly, &minutes(70))
        .unwrap();
    r.id = RuptureId::random();
    r.at = minutes(80);
    r.person_id = None;
    r.what = Note::parse("Cold silence", "what happened").unwrap();
    store.save_rupture(&r, &minutes(80)).unwrap();
}

fn export_bytes(store: &Store) -> Vec<u8> {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("export.json");
    write_json(&store.snapshot().unwrap(), at(T0), &path).unwrap();
    fs::read(path).unwrap()
}

/// A snapshot with parts and people named rather than numbered: importing joins parts and
/// people that share a name, so only the names can be compared across stores.
fn normalized(s: &Snapshot) -> Value {
    let part = |id: &uuid::Uuid| s.parts.iter().find(|p| p.id == *id).map(|p| p.name.clone());
    let person = |id: &Option<uuid::Uuid>| {
        id.and_then(|id| s.people.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
    };
    let mut v = json!({
        "ruptures": s.ruptures,
        "pauses": s.pauses,
        "repairs": s.repairs,
        "checkins": s.checkins.iter().map(|c| {
            let mut c2 = c.clone();
            c2.part_id = uuid::Uuid::nil();
            c2.person_id = None;
            json!({ "record": c2, "part": part(&c.part_id), "person": person(&c.person_id) })
        }).collect::<Vec<_>>(),
    });
    for r in v["ruptures"].as_array_mut().unwrap() {
        let id = r["person_id"]
            .as_str()
            .and_then(|t| uuid::Uuid::parse_str(t).ok());
        r["person_id"] = json!(person(&id));
    }
    v
}

/// The database file and its log, byte for byte.
fn disk(dir: &Path) -> Vec<u8> {
    let mut bytes = fs::read(dir.join("mend.db")).unwrap();
    bytes.extend(fs::read(dir.join("mend.db-wal")).unwrap_or_default());
    bytes
}

#[test]
fn export_then_import_into_a_new_store_gives_the_same_data() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let bytes = export_bytes(&source);

    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&bytes).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(report.added.checkins, 2);
    assert_eq!(report.added.ruptures, 2);
    assert_eq!(report.added.pauses, 2);
    assert_eq!(report.added.repairs, 1);
    assert_eq!(report.added.people, 1);
    assert_eq!(report.added.parts, 1, "the part of one's own is new");
    assert_eq!(
        report.merged.parts, 4,
        "the starter parts join the ones here"
    );
    assert_eq!(
        normalized(&target.snapshot().unwrap()),
        normalized(&source.snapshot().unwrap())
    );
    // The open pause is still open, and the repaired rupture still repaired.
    assert!(target.open_pause().unwrap().is_some());
}

#[test]
fn importing_twice_adds_nothing_the_second_time() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let bytes = export_bytes(&source);
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    target.import(&bytes).unwrap();
    let once = target.snapshot().unwrap();
    let again = target.import(&bytes).unwrap();
    assert_eq!(again.added.total(), 0);
    assert_eq!(again.updated.total(), 0);
    assert_eq!(
        again.skipped.total(),
        once.len() - 4,
        "all but the merged starter parts"
    );
    assert_eq!(target.snapshot().unwrap(), once);
    // Importing a store's own export into itself changes nothing either.
    let before = source.snapshot().unwrap();
    let report = source.import(&bytes).unwrap();
    assert_eq!(report.added.total() + report.updated.total(), 0);
    assert_eq!(source.snapshot().unwrap(), before);
}

#[test]
fn a_record_on_both_sides_keeps_the_newer_edit() {
    let a = TempDir::new().unwrap();
    let mut store = open(a.path());
    fill(&mut store);
    let mut file: Value = serde_json::from_slice(&export_bytes(&store)).unwrap();
    // One rupture edited later elsewhere, one edited earlier.
    file["ruptures"][0]["what"] = json!("Edited on the phone, later");
    file["ruptures"][0]["updated_at"] = json!("2030-01-01T00:00:00+00:00");
    file["ruptures"][1]["what"] = json!("An older edit");
    file["ruptures"][1]["updated_at"] = json!("2000-01-01T00:00:00+00:00");
    let report = store.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.updated.ruptures, 1);
    let whats: Vec<String> = store
        .snapshot()
        .unwrap()
        .ruptures
        .into_iter()
        .map(|r| r.what)
        .collect();
    assert!(whats.contains(&"Edited on the phone, later".to_owned()));
    assert!(!whats.contains(&"An older edit".to_owned()));
}

fn assert_refused(bytes: &[u8], check: impl Fn(&ImportError) -> bool) {
    let dir = TempDir::new().unwrap();
    let mut store = open(dir.path());
    fill(&mut store);
    let before_data = store.snapshot().unwrap();
    let before_disk = disk(dir.path());
    let err = store.import(bytes).unwrap_err();
    assert!(check(&err), "unexpected: {err}");
    let message = err.to_string().to_lowercase();
    assert!(
        message.contains("nothing was imported") || message.contains("nothing to import"),
        "{err}"
    );
    assert_eq!(store.snapshot().unwrap(), before_data);
    assert_eq!(
        disk(dir.path()),
        before_disk,
        "the data file is byte for byte as it was"
    );
}

#[test]
fn files_that_are_not_mend_exports_this_build_can_read_are_refused() {
    let dir = TempDir::new().unwrap();
    let mut store = open(dir.path());
    fill(&mut store);
    let good = export_bytes(&store);

    let mut newer: Value = serde_json::from_slice(&good).unwrap();
    newer["format_version"] = json!(FORMAT_VERSION + 1);
    assert_refused(
        &serde_json::to_vec(&newer).unwrap(),
        |e| matches!(e, ImportError::Newer { found, known } if *found == FORMAT_VERSION + 1 && *known == FORMAT_VERSION),
    );
    assert_refused(&good[..good.len() / 2], |e| {
        matches!(e, ImportError::Truncated)
    });
    assert_refused(br#"{"name": "my recipes", "items": [1, 2, 3]}"#, |e| {
        matches!(e, ImportError::NotMend)
    });
    assert_refused(b"\x89PNG\r\n\x1a\n not json at all", |e| {
        matches!(e, ImportError::NotMend)
    });
    assert_refused(b"", |e| matches!(e, ImportError::Empty));
    assert_refused(b"[1, 2, 3]", |e| matches!(e, ImportError::NotMend));
    let mut damaged: Value = serde_json::from_slice(&good).unwrap();
    damaged["checkins"] = json!("not a list");
    assert_refused(&serde_json::to_vec(&damaged).unwrap(), |e| {
        matches!(e, ImportError::Damaged { .. })
    });
}

#[test]
fn bad_records_are_rejected_with_reasons_and_the_rest_imported() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    file["ruptures"][1]["severity"] = json!(9);
    file["checkins"][0]["note"] = json!("x".repeat(10_001));
    file["checkins"][1]["part_id"] = json!(uuid::Uuid::new_v4().to_string());
    file["pauses"][0]["outcome"] = json!("vanished");
    file["people"][0]["name"] = json!("   ");
    file["repairs"][0]["id"] = json!("not-a-uuid");

    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    let reasons: Vec<String> = report
        .rejected
        .iter()
        .map(|r| format!("{}: {}", r.kind, r.reason))
        .collect();
    let has = |needle: &str| reasons.iter().any(|r| r.contains(needle));
    assert!(
        has("rupture: its size (9) is not between 1 and 5"),
        "{reasons:#?}"
    );
    assert!(
        has("check-in: The note can be up to 10,000 characters"),
        "{reasons:#?}"
    );
    assert!(
        has("check-in: it refers to a part that is neither in the file nor here"),
        "{reasons:#?}"
    );
    assert!(
        has("pause: its ending \"vanished\" is not one Mend knows"),
        "{reasons:#?}"
    );
    assert!(has("person: Give it a name first."), "{reasons:#?}");
    assert!(has("repair: it could not be read"), "{reasons:#?}");
    // The rupture that pointed at the rejected person is rejected too; the rest came in.
    assert!(
        has("rupture: it refers to a person that is neither in the file nor here"),
        "{reasons:#?}"
    );
    assert_eq!(report.added.pauses, 1);
    assert!(report.summary().contains("Not imported: "));
}

#[test]
fn an_import_that_fails_part_way_writes_nothing() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    file["checkins"][1]["note"] = json!("boom");

    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    {
        // A trigger that fails one insert late in the import, as a full disk would.
        let conn = rusqlite::Connection::open(b.path().join("mend.db")).unwrap();
        conn.execute_batch(
            "CREATE TRIGGER fail_late BEFORE INSERT ON checkins WHEN NEW.note = 'boom'
             BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;",
        )
        .unwrap();
    }
    let before = target.snapshot().unwrap();
    let err = target
        .import(&serde_json::to_vec(&file).unwrap())
        .unwrap_err();
    assert!(
        matches!(err, ImportError::Store(StoreError::Sqlite(_))),
        "{err}"
    );
    assert_eq!(
        target.snapshot().unwrap(),
        before,
        "the parts, people and ruptures written before the failure were undone"
    );
}

#[test]
fn csv_files_have_a_header_and_a_row_per_record() {
    let a = TempDir::new().unwrap();
    let mut store = open(a.path());
    fill(&mut store);
    let out = a.path().join("csv");
    let files = write_csv(&store.snapshot().unwrap(), &out).unwrap();
    assert_eq!(files.len(), 6);
    let checkins = fs::read_to_string(out.join("checkins.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(checkins.as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[3], "part");
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert!(records.iter().any(|r| &r[3] == "Le pompier 🔥"
        && &r[12] == "A note\nwith two lines"
        && &r[11] == "Sam"));
}

/// A generated check-in: which starter part, intensity, Self, a note, and whether it is
/// linked to the first rupture.
type GenCheckIn = (u8, Option<u8>, Option<u8>, String, bool);

/// A random history written through the store's own API.
#[derive(Debug, Clone)]
struct History {
    checkins: Vec<GenCheckIn>,
    ruptures: Vec<(u8, String, bool)>,
    pauses: Vec<(u16, bool)>,
}

fn history() -> impl Strategy<Value = History> {
    let text = proptest::string::string_regex("[a-zA-Z0-9 éשָׁ🔥\n]{0,40}").unwrap();
    (
        proptest::collection::vec(
            (
                0u8..4,
                proptest::option::of(0u8..=10),
                proptest::option::of(0u8..=10),
                text,
                any::<bool>(),
            ),
            0..12,
        ),
        proptest::collection::vec((1u8..=5, "[a-z]{1,20}", any::<bool>()), 0..5),
        proptest::collection::vec((1u16..=240, any::<bool>()), 0..4),
    )
        .prop_map(|(checkins, ruptures, pauses)| History {
            checkins,
            ruptures,
            pauses,
        })
}

fn write_history(store: &mut Store, h: &History) {
    let parts = store.list::<Parts>().unwrap();
    let mut minute = 0;
    let mut rupture_ids = Vec::new();
    for (severity, what, repair) in &h.ruptures {
        minute += 1;
        let r = Rupture {
            id: RuptureId::random(),
            at: minutes(minute),
            person_id: None,
            what: Note::parse_required(what, "what happened").unwrap(),
            severity: Severity::new(*severity).unwrap(),
            status: RuptureStatus::Open,
            repaired_at: None,
        };
        store.save_rupture(&r, &minutes(minute)).unwrap();
        if *repair {
            let mut rep = store.begin_repair(r.id, &minutes(minute)).unwrap();
            rep.stage = RepairStage::Outcome;
            store
                .complete_repair(&rep, RepairOutcome::Reconnected, &minutes(minute + 1))
                .unwrap();
        }
        rupture_ids.push(r.id);
    }
    for (part, intensity, self_level, note, link) in &h.checkins {
        minute += 1;
        let mut c = CheckIn::of_part(
            CheckInId::random(),
            minutes(minute),
            parts[*part as usize].id,
        );
        c.intensity = intensity.and_then(Level::new);
        c.self_level = self_level.and_then(Level::new);
        c.note = Note::parse(note, "the note").unwrap();
        c.rupture_id = if *link {
            rupture_ids.first().copied()
        } else {
            None
        };
        store.save_checkin(&c, &minutes(minute)).unwrap();
    }
    for (length, ended) in &h.pauses {
        minute += 1;
        let mut p = Pause::start(
            PauseId::random(),
            minutes(minute),
            PauseLength::from_minutes(*length).unwrap(),
            None,
        );
        if *ended {
            p.cancel(minutes(minute + 1)).unwrap();
        }
        store.save_pause(&p, &minutes(minute)).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn round_trip_and_repeat_import(h in history()) {
        let a = TempDir::new().unwrap();
        let mut source = open(a.path());
        write_history(&mut source, &h);
        let bytes = export_bytes(&source);
        let b = TempDir::new().unwrap();
        let mut target = open(b.path());
        let first = target.import(&bytes).unwrap();
        prop_assert!(first.rejected.is_empty());
        let once = target.snapshot().unwrap();
        prop_assert_eq!(normalized(&once), normalized(&source.snapshot().unwrap()));
        let second = target.import(&bytes).unwrap();
        prop_assert_eq!(second.added.total() + second.updated.total(), 0);
        prop_assert_eq!(target.snapshot().unwrap(), once);
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_give_an_error_or_a_report_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = TempDir::new().unwrap();
        let mut store = open(dir.path());
        let before = store.snapshot().unwrap();
        if store.import(&bytes).is_err() {
            prop_assert_eq!(store.snapshot().unwrap(), before);
        }
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn damaged_exports_give_an_error_or_a_report_never_a_panic(
        cut in 0usize..4000,
        flip in 0usize..4000,
        byte in any::<u8>(),
    ) {
        let a = TempDir::new().unwrap();
        let mut store = open(a.path());
        fill(&mut store);
        let mut bytes = export_bytes(&store);
        let len = bytes.len();
        bytes[flip % len] = byte;
        bytes.truncate(len - cut % len);
        let b = TempDir::new().unwrap();
        let mut target = open(b.path());
        let _outcome = target.import(&bytes);
    }
}
