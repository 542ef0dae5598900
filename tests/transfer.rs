//! Export and import on real files: round trips, repeat imports, newer edits, refusals that
//! leave the data byte for byte as it was, per-record rejections, all-or-nothing writes, files
//! of the previous format version, and property tests (including arbitrary bytes).

use mend::ui::errors::Told;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

use chrono::{NaiveDate, TimeDelta};
use mend::domain::content::{Audience, PhraseStep, library};
use mend::domain::part::{PartDetails, PartRole};
use mend::domain::practice::{OwnPhrase, PracticeCard, STRENGTHS};
use mend::domain::{
    AgeBand, CheckIn, CheckInId, Level, Moment, Name, Note, PartId, Pause, PauseId, PauseLength,
    PhraseId, PracticeId, RepairOutcome, RepairStage, Rupture, RuptureId, RuptureStatus,
    SelfQuality, Severity,
};
use mend::store::transfer::format::FORMAT_VERSION;
use mend::store::transfer::{ImportError, ImportReport, Snapshot, write_csv, write_json};
use mend::store::{Counts, Kind, Parts, People, Store, StoreError};
use proptest::prelude::*;
use serde_json::{Value, json};

mod common;
use common::{as_version_1, as_version_2, at};
use tempfile::TempDir;

const T0: &str = "2026-11-23T20:00:00+01:00";

fn minutes(m: i64) -> Moment {
    at(T0) + TimeDelta::minutes(m)
}

fn open(dir: &Path) -> Store {
    Store::open_in(dir).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn details(name: &str, role: Option<PartRole>, fears: &str, needs: &str) -> PartDetails {
    PartDetails {
        role: role.map(Into::into),
        fears: Note::parse(fears, "what it fears").unwrap(),
        needs: Note::parse(needs, "what it needs").unwrap(),
        ..PartDetails::named(Name::parse(name).unwrap())
    }
}

/// A practice card on our `n`th situation: the first offered response, or one's own words.
fn card(n: usize, own_words: Option<&str>, met: &[&str], when: Moment) -> PracticeCard {
    let situation = &library().situations[n % library().situations.len()];
    PracticeCard {
        situation_id: situation.id.clone(),
        situation: situation.text.clone(),
        response: own_words.map_or_else(|| situation.choices[0].clone(), str::to_owned),
        chosen: own_words.is_none().then_some(0),
        met: met.iter().map(|m| (*m).to_owned()).collect(),
        at: when,
    }
}

/// Our phrase ids, in order.
fn phrase_id(n: usize) -> String {
    library().phrases[n % library().phrases.len()].id.clone()
}

/// A small but complete history: a part of one's own with another merged into it, a starter
/// part described, a person, ruptures with and without repairs, linked and unlinked check-ins
/// and pauses, a reflection, a phrase of one's own, a favourite and a practice session.
fn fill(store: &mut Store) {
    let now = at(T0);
    let own = store
        .add::<Parts>(&Name::parse("Le pompier 🔥").unwrap(), &now)
        .unwrap();
    let sam = store
        .add::<People>(&Name::parse("Sam").unwrap(), &now)
        .unwrap();
    let starter = store.list::<Parts>().unwrap()[1].id;
    let starter_name = store.named::<Parts>(starter).unwrap().name;
    store
        .save_part(
            starter,
            &details(
                &starter_name,
                Some(PartRole::Manager),
                "being caught out",
                "to be thanked",
            ),
            &now,
        )
        .unwrap();
    let small = store
        .add::<Parts>(&Name::parse("La petite").unwrap(), &now)
        .unwrap();
    store
        .save_part(
            small.id,
            &details("La petite", Some(PartRole::Exile), "the dark", ""),
            &now,
        )
        .unwrap();
    store.merge_parts(small.id, own.id, &minutes(1)).unwrap();
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
    c.age = Some(AgeBand::NineToTwelve.into());
    c.fears = vec!["being left".into(), "my own words".into()];
    c.body = vec!["jaw".into()];
    c.self_level = Level::new(2);
    c.self_qualities = vec![SelfQuality::Courage.into()];
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
    repair.stage = RepairStage::Outcome.into();
    store
        .complete_repair(&repair, RepairOutcome::Partly, &minutes(70))
        .unwrap();
    r.id = RuptureId::random();
    r.at = minutes(80);
    r.person_id = None;
    r.what = Note::parse("Cold silence", "what happened").unwrap();
    store.save_rupture(&r, &minutes(80)).unwrap();
    let prompt = &library().prompts[0];
    store
        .save_reflection(
            day("2026-11-23"),
            prompt,
            &Note::parse_required("The critic was loud, then quieter. ✨", "your answer").unwrap(),
            Level::new(6),
            &minutes(90),
        )
        .unwrap();
    store
        .save_own_phrase(
            &OwnPhrase {
                id: PhraseId::random(),
                text: "Give me a minute, I want to answer you properly.".to_owned(),
                step: PhraseStep::FindSelf,
                audience: Audience::Partner,
                why: "It buys time without leaving.".to_owned(),
                favourite: true,
            },
            &minutes(91),
        )
        .unwrap();
    store
        .set_favourite_phrase(&phrase_id(0), true, &minutes(92))
        .unwrap();
    let session = PracticeId::random();
    for (i, c) in [
        card(0, None, &["impact"], minutes(93)),
        card(1, Some("I'm sorry; I'll listen first."), &[], minutes(94)),
    ]
    .iter()
    .enumerate()
    {
        store
            .add_practice_card(session, c, &minutes(93 + i as i64))
            .unwrap();
    }
}

fn export_bytes(store: &Store) -> Vec<u8> {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("export.json");
    write_json(&store.snapshot().unwrap(), at(T0), &path).unwrap();
    fs::read(path).unwrap()
}

/// A snapshot with parts and people named rather than numbered: importing joins parts and
/// people that share a name, so only the names can be compared across stores. Parts are
/// compared by what they hold, not by when they were made.
fn normalized(s: &Snapshot) -> Value {
    let part = |id: &uuid::Uuid| s.parts.iter().find(|p| p.id == *id).map(|p| p.name.clone());
    let person = |id: &Option<uuid::Uuid>| {
        id.and_then(|id| s.people.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
    };
    let mut parts: Vec<Value> = s
        .parts
        .iter()
        .map(|p| {
            json!({
                "name": p.name,
                "role": p.role,
                "age_band": p.age_band,
                "notes": p.notes,
                "fears": p.fears,
                "needs": p.needs,
                "triggers": p.triggers,
                "archived": p.archived_at.is_some(),
                "merged_into": p.merged_into.as_ref().map(part),
            })
        })
        .collect();
    parts.sort_by_key(|p| p.to_string());
    let mut v = json!({
        "parts": parts,
        "ruptures": s.ruptures,
        "pauses": s.pauses,
        "repairs": s.repairs,
        "reflections": s.reflections,
        "own_phrases": s.own_phrases,
        "favourite_phrases": s.favourite_phrases,
        "practice_sessions": s.practice_sessions,
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
    assert_eq!(report.added.parts, 2, "the parts of one's own are new");
    assert_eq!(
        report.merged.parts, 4,
        "the starter parts join the ones here"
    );
    assert_eq!(report.added.reflections, 1);
    assert_eq!(report.added.own_phrases, 1);
    assert_eq!(report.added.favourite_phrases, 1);
    assert_eq!(report.added.practice_sessions, 1);
    assert!(report.amended.is_empty(), "{:?}", report.amended);
    // The described starter part brought its details to the one here, and the merged part
    // points at the part it was merged into.
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
    let message = err.told().to_lowercase();
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
    damaged["checkins"] = json!("a private sentence");
    assert_refused(&serde_json::to_vec(&damaged).unwrap(), |e| {
        let message = e.told();
        // The message says where, and never repeats what the file holds: it reaches the log.
        matches!(e, ImportError::Damaged { .. })
            && message.contains("at line 1, column")
            && !message.contains("private")
    });
}

/// What was not imported, as "kind: reason".
fn reasons(report: &ImportReport) -> Vec<String> {
    report
        .rejected
        .iter()
        .map(|r| format!("{}: {}", r.kind, r.reason))
        .collect()
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
    let reasons = reasons(&report);
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
    assert_eq!(files.len(), 13);
    let checkins = fs::read_to_string(out.join("checkins.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(checkins.as_bytes());
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[3], "part");
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    assert!(records.iter().any(|r| &r[3] == "Le pompier 🔥"
        && &r[12] == "A note\nwith two lines"
        && &r[11] == "Sam"));

    let read = |name: &str| -> Vec<csv::StringRecord> {
        let text = fs::read_to_string(out.join(name)).unwrap();
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let parts = read("parts.csv");
    assert!(
        parts
            .iter()
            .any(|r| &r[1] == "La petite" && !r[10].is_empty() && &r[12] == "Le pompier 🔥"),
        "the merged part names the part it went into"
    );
    let reflections = read("reflections.csv");
    assert_eq!(reflections.len(), 1);
    assert_eq!(&reflections[0][1], "2026-11-23");
    assert_eq!(&reflections[0][5], "6");
    let phrases = read("phrases.csv");
    assert_eq!(phrases.len(), 1);
    assert_eq!(&phrases[0][5], "yes");
    let favourites = read("favourite_phrases.csv");
    assert_eq!(favourites.len(), 1);
    assert_eq!(&favourites[0][0], phrase_id(0));
    assert_eq!(&favourites[0][3], library().phrases[0].text);
    let cards = read("practice_cards.csv");
    assert_eq!(cards.len(), 2);
    assert_eq!(&cards[0][0], &cards[1][0], "both cards are of one session");
    assert_eq!((&cards[0][2], &cards[1][2]), ("0", "1"));
    assert_eq!(&cards[0][6], "0", "the first offered response was chosen");
    assert_eq!(&cards[1][5], "I'm sorry; I'll listen first.");
    assert_eq!(&cards[1][6], "", "the second was written");
}

#[test]
fn a_version_1_file_without_the_new_lists_still_imports() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    as_version_1(&mut file);
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert!(report.amended.is_empty(), "{:?}", report.amended);
    assert_eq!(report.added.checkins, 2);
    assert_eq!(report.added.repairs, 1);
    assert_eq!(report.added.parts, 2);
    assert_eq!(report.added.reflections + report.added.practice_sessions, 0);
    let got = target.snapshot().unwrap();
    assert_eq!(got.checkins.len(), 2);
    assert!(got.reflections.is_empty() && got.practice_sessions.is_empty());
    let small = got.parts.iter().find(|p| p.name == "La petite").unwrap();
    assert_eq!((small.fears.as_str(), small.merged_into), ("", None));
}

#[test]
fn an_edit_from_a_version_1_file_keeps_the_part_details_here() {
    let a = TempDir::new().unwrap();
    let mut store = open(a.path());
    fill(&mut store);
    let mut file: Value = serde_json::from_slice(&export_bytes(&store)).unwrap();
    as_version_1(&mut file);
    // The old device renamed the merged part later; it knew nothing of details or merging.
    let parts = file["parts"].as_array_mut().unwrap();
    let small = parts.iter_mut().find(|p| p["name"] == "La petite").unwrap();
    small["name"] = json!("The little one");
    small["updated_at"] = json!("2030-01-01T00:00:00+00:00");
    let before = store.snapshot().unwrap();
    let report = store.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.updated.parts, 1);
    let after = store.snapshot().unwrap();
    let was = before.parts.iter().find(|p| p.name == "La petite").unwrap();
    let now = after.parts.iter().find(|p| p.id == was.id).unwrap();
    assert_eq!(now.name, "The little one");
    assert_eq!(
        (&now.role, &now.fears, now.merged_into),
        (&was.role, &was.fears, was.merged_into)
    );
}

#[test]
fn a_reflection_for_a_day_reflected_here_is_rejected_and_nothing_else_is_lost() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let prompt = &library().prompts[1];
    source
        .save_reflection(
            day("2026-11-24"),
            prompt,
            &Note::parse_required("A second day", "your answer").unwrap(),
            None,
            &minutes(24 * 60),
        )
        .unwrap();
    let bytes = export_bytes(&source);

    // Here, the 23rd already has a reflection of its own.
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let mine = target
        .save_reflection(
            day("2026-11-23"),
            prompt,
            &Note::parse_required("Written here", "your answer").unwrap(),
            Level::new(3),
            &minutes(5),
        )
        .unwrap();
    let report = target.import(&bytes).unwrap();
    let clash = source.reflection_on(day("2026-11-23")).unwrap().unwrap();
    assert_eq!(report.rejected.len(), 1, "{:?}", report.rejected);
    let rejected = &report.rejected[0];
    assert_eq!(rejected.kind, "reflection");
    assert_eq!(rejected.id, Some(clash.id.to_string()));
    assert!(
        rejected
            .reason
            .to_string()
            .contains("already another reflection for 2026-11-23"),
        "{}",
        rejected.reason
    );
    assert!(report.summary().contains("Not imported: 1."));
    assert_eq!(report.added.reflections, 1, "the 24th came in");
    assert_eq!(report.added.checkins, 2);
    assert_eq!(report.added.practice_sessions, 1);
    let kept = target.reflection_on(day("2026-11-23")).unwrap().unwrap();
    assert_eq!((kept.id, kept.answer.as_str()), (mine, "Written here"));

    // The same reflection (the same id) edited later elsewhere is taken, day and all.
    let mut file: Value = serde_json::from_slice(&bytes).unwrap();
    let second = source.reflection_on(day("2026-11-24")).unwrap().unwrap();
    for r in file["reflections"].as_array_mut().unwrap() {
        if r["id"] == json!(second.id.to_string()) {
            r["answer"] = json!("A second day, told better");
            r["updated_at"] = json!("2030-01-01T00:00:00+00:00");
        }
    }
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.updated.reflections, 1);
    assert_eq!(
        target
            .reflection_on(day("2026-11-24"))
            .unwrap()
            .unwrap()
            .answer,
        "A second day, told better"
    );

    // Moving it onto the 23rd, taken here, is refused; the one here stays.
    for r in file["reflections"].as_array_mut().unwrap() {
        if r["id"] == json!(second.id.to_string()) {
            r["day"] = json!("2026-11-23");
            r["updated_at"] = json!("2031-01-01T00:00:00+00:00");
        }
    }
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.rejected.len(), 2, "{:?}", report.rejected);
    assert_eq!(
        target.reflection_on(day("2026-11-23")).unwrap().unwrap().id,
        mine
    );
    assert!(target.reflection_on(day("2026-11-24")).unwrap().is_some());
}

#[test]
fn favourites_are_the_union_of_both_sides() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    for n in [1, 2] {
        source
            .set_favourite_phrase(&phrase_id(n), true, &at(T0))
            .unwrap();
    }
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    file["favourite_phrases"]
        .as_array_mut()
        .unwrap()
        .extend([json!("no-such-phrase"), json!(42)]);
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    for n in [2, 3] {
        target
            .set_favourite_phrase(&phrase_id(n), true, &at(T0))
            .unwrap();
    }
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.added.favourite_phrases, 1);
    assert_eq!(report.skipped.favourite_phrases, 1);
    let reasons: Vec<(Option<String>, String)> = report
        .rejected
        .iter()
        .map(|r| (r.id.clone(), r.reason.to_string()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (
                Some("no-such-phrase".to_owned()),
                "it is not one of the phrases this version of Mend has".to_owned()
            ),
            (None, "it is not a phrase's id".to_owned()),
        ]
    );
    let expected: HashSet<String> = [1, 2, 3].map(phrase_id).into();
    assert_eq!(target.favourite_phrases().unwrap(), expected);
    let again = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(again.added.total(), 0);
    assert_eq!(again.skipped.favourite_phrases, 2);
}

#[test]
fn practice_cards_survive_the_round_trip_in_order_and_a_newer_session_replaces_them() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    let session = PracticeId::random();
    let cards = [
        card(3, None, &["for_part", "next_step"], minutes(1)),
        card(1, Some("I was sharp. I'm sorry."), &["impact"], minutes(2)),
        card(2, Some("Let me start again."), &[], minutes(3)),
    ];
    for c in &cards {
        source.add_practice_card(session, c, &c.at).unwrap();
    }
    let bytes = export_bytes(&source);
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&bytes).unwrap();
    assert_eq!(report.added.practice_sessions, 1);
    let there = target.practice_session(session).unwrap();
    assert_eq!(there, source.practice_session(session).unwrap());
    assert_eq!(there.cards, cards);

    // Edited later elsewhere: a card fewer, in another order. The session is replaced whole.
    let mut file: Value = serde_json::from_slice(&bytes).unwrap();
    let s = &mut file["practice_sessions"][0];
    let kept = s["cards"].as_array().unwrap().clone();
    s["cards"] = json!([kept[2], kept[0]]);
    s["updated_at"] = json!("2030-01-01T00:00:00+00:00");
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.updated.practice_sessions, 1);
    assert_eq!(
        target.practice_session(session).unwrap().cards,
        vec![cards[2].clone(), cards[0].clone()]
    );
    // An older copy changes nothing, and neither does a session deleted here.
    let report = target.import(&bytes).unwrap();
    assert_eq!(report.skipped.practice_sessions, 1);
    assert_eq!(target.practice_session(session).unwrap().cards.len(), 2);
    target.delete(session, &at(T0)).unwrap();
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.skipped.practice_sessions, 1);
    assert!(target.practice_session(session).is_err());
}

#[test]
fn a_merged_part_points_at_its_part_wherever_it_is_in_the_file_or_at_none() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    // The merged part first, before the part it was merged into.
    let parts = file["parts"].as_array_mut().unwrap();
    parts.sort_by_key(|p| p["merged_into"].is_null());
    assert!(!parts[0]["merged_into"].is_null());
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert!(report.amended.is_empty(), "{:?}", report.amended);
    assert_eq!(
        normalized(&target.snapshot().unwrap()),
        normalized(&source.snapshot().unwrap())
    );

    // A part merged into one that is neither in the file nor here comes in without the link.
    let lost = uuid::Uuid::new_v4();
    file["parts"][0]["merged_into"] = json!(lost.to_string());
    file["parts"][0]["id"] = json!(uuid::Uuid::new_v4().to_string());
    file["parts"][0]["name"] = json!("Someone else");
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert_eq!(report.added.parts, 1);
    assert_eq!(report.amended.len(), 1, "{:?}", report.amended);
    assert!(
        report.amended[0]
            .reason
            .to_string()
            .contains("neither in the file nor here"),
        "{:?}",
        report.amended
    );
    assert!(report.summary().contains("Imported with a change: 1."));
    let got = target.snapshot().unwrap();
    let other = got.parts.iter().find(|p| p.name == "Someone else").unwrap();
    assert_eq!(other.merged_into, None);
}

#[test]
fn bad_new_records_are_rejected_with_reasons_and_the_rest_imported() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let session = PracticeId::random();
    source
        .add_practice_card(session, &card(0, None, &[], minutes(200)), &minutes(200))
        .unwrap();
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    file["reflections"][0]["self_level"] = json!(11);
    file["own_phrases"][0]["audience"] = json!("the cat");
    file["practice_sessions"][0]["cards"][1]["met"] = json!(["impact", "flattery"]);
    file["practice_sessions"][1]["cards"] = json!([]);
    file["parts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["name"] == "Le pompier 🔥")
        .unwrap()["role"] = json!("boss");

    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    let reasons = reasons(&report);
    let has = |needle: &str| reasons.iter().any(|r| r.contains(needle));
    assert!(
        has("reflection: its Self level (11) is not between 0 and 10"),
        "{reasons:#?}"
    );
    assert!(
        has("phrase of your own: who it is for \"the cat\" is not one Mend knows"),
        "{reasons:#?}"
    );
    assert!(
        has("practice session: its card 2: \"flattery\" is not one of the checks Mend knows"),
        "{reasons:#?}"
    );
    assert!(has("practice session: it has no cards"), "{reasons:#?}");
    assert!(
        has("part: its role \"boss\" is not one Mend knows"),
        "{reasons:#?}"
    );
    // The merged part lost the part it went into, so it came in without the link; the
    // check-in of the rejected part was turned away with it.
    assert_eq!(report.amended.len(), 1, "{:?}", report.amended);
    assert!(has("check-in: it refers to a part"), "{reasons:#?}");
    assert_eq!(report.added.favourite_phrases, 1);
    assert_eq!(report.added.checkins, 1);
    // Nothing half-written: no session without its cards.
    assert!(target.snapshot().unwrap().practice_sessions.is_empty());
}

/// A generated check-in: which starter part, intensity, Self, a note, and whether it is
/// linked to the first rupture.
type GenCheckIn = (u8, Option<u8>, Option<u8>, String, bool);

/// A generated description of a starter part: which one, its role, fears and needs.
type GenDetails = (u8, Option<u8>, String, String);

/// A generated reflection: days after the first, which prompt, the answer, Self.
type GenReflection = (u8, u8, String, Option<u8>);

/// A generated phrase of one's own: its text, step, audience, why, and whether a favourite.
type GenPhrase = (String, u8, u8, String, bool);

/// A generated practice card: which situation, one's own words or the first offered
/// response, and which checks it met (one bit each).
type GenCard = (u8, Option<String>, u8);

/// A random history written through the store's own API.
#[derive(Debug, Clone)]
struct History {
    checkins: Vec<GenCheckIn>,
    ruptures: Vec<(u8, String, bool)>,
    pauses: Vec<(u16, bool)>,
    details: Vec<GenDetails>,
    /// A part of one's own, with fears, merged into the starter part with this number.
    merged: Option<(u8, String)>,
    reflections: Vec<GenReflection>,
    phrases: Vec<GenPhrase>,
    favourites: Vec<u8>,
    practice: Vec<Vec<GenCard>>,
}

fn history() -> impl Strategy<Value = History> {
    let text = proptest::string::string_regex("[a-zA-Z0-9 éשָׁ🔥\n]{0,40}").unwrap();
    // Words with nothing to trim, as checked text is kept.
    let words =
        || proptest::string::string_regex("[a-zé🔥]{1,8}( [a-zA-Zשָׁ0-9]{1,8}){0,4}").unwrap();
    let records = (
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
    );
    let more = (
        proptest::collection::vec(
            (
                0u8..4,
                proptest::option::of(0u8..4),
                words(),
                "[a-z ]{0,12}",
            ),
            0..3,
        ),
        proptest::option::of((0u8..4, words())),
        proptest::collection::vec(
            (
                0u8..60,
                any::<u8>(),
                words(),
                proptest::option::of(0u8..=10),
            ),
            0..5,
        ),
        proptest::collection::vec(
            (words(), 0u8..6, 0u8..6, "[a-z ]{0,12}", any::<bool>()),
            0..4,
        ),
        proptest::collection::vec(any::<u8>(), 0..5),
        proptest::collection::vec(
            proptest::collection::vec((any::<u8>(), proptest::option::of(words()), 0u8..32), 1..4),
            0..3,
        ),
    );
    (records, more).prop_map(
        |(
            (checkins, ruptures, pauses),
            (details, merged, reflections, phrases, favourites, practice),
        )| History {
            checkins,
            ruptures,
            pauses,
            details,
            merged,
            reflections,
            phrases,
            favourites,
            practice,
        },
    )
}

fn write_history(store: &mut Store, h: &History) {
    let parts = store.list::<Parts>().unwrap();
    let mut minute = 0;
    for (part, role, fears, needs) in &h.details {
        minute += 1;
        let starter = &parts[*part as usize];
        let role = role.map(|r| PartRole::ALL[r as usize]);
        store
            .save_part(
                starter.id,
                &details(&starter.name, role, fears, needs),
                &minutes(minute),
            )
            .unwrap();
    }
    if let Some((into, fears)) = &h.merged {
        minute += 1;
        let visitor = store
            .add::<Parts>(&Name::parse("A visitor").unwrap(), &minutes(minute))
            .unwrap();
        store
            .save_part(
                visitor.id,
                &details("A visitor", None, fears, ""),
                &minutes(minute),
            )
            .unwrap();
        let into: PartId = parts[*into as usize].id;
        store
            .merge_parts(visitor.id, into, &minutes(minute))
            .unwrap();
    }
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
            rep.stage = RepairStage::Outcome.into();
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
    let prompts = &library().prompts;
    for (after, prompt, answer, self_level) in &h.reflections {
        minute += 1;
        let on = day("2026-11-23") + TimeDelta::days(i64::from(*after));
        store
            .save_reflection(
                on,
                &prompts[*prompt as usize % prompts.len()],
                &Note::parse_required(answer, "your answer").unwrap(),
                self_level.and_then(Level::new),
                &minutes(minute),
            )
            .unwrap();
    }
    for (text, step, audience, why, favourite) in &h.phrases {
        minute += 1;
        let phrase = OwnPhrase {
            id: PhraseId::random(),
            text: text.clone(),
            step: PhraseStep::ALL[*step as usize],
            audience: Audience::ALL[*audience as usize],
            why: why.trim().to_owned(),
            favourite: *favourite,
        };
        store.save_own_phrase(&phrase, &minutes(minute)).unwrap();
    }
    for n in &h.favourites {
        store
            .set_favourite_phrase(&phrase_id(*n as usize), true, &minutes(minute))
            .unwrap();
    }
    for session in &h.practice {
        let id = PracticeId::random();
        for (situation, own_words, met) in session {
            minute += 1;
            let codes: Vec<&str> = STRENGTHS
                .iter()
                .enumerate()
                .filter(|(i, _)| met & (1 << i) != 0)
                .map(|(_, (code, _))| *code)
                .collect();
            let c = card(
                *situation as usize,
                own_words.as_deref(),
                &codes,
                minutes(minute),
            );
            store.add_practice_card(id, &c, &minutes(minute)).unwrap();
        }
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
        all_or_nothing(&mut open(dir.path()), &bytes)?;
    }

}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn damaged_exports_give_an_error_or_a_report_never_a_panic(
        cut in prop_oneof![Just(0usize), 0usize..4000],
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
        all_or_nothing(&mut open(b.path()), &bytes)?;
    }
}

/// Imports `bytes`: a file refused leaves the store as it was and says why; a file taken
/// leaves exactly what its report says.
fn all_or_nothing(store: &mut Store, bytes: &[u8]) -> Result<(), TestCaseError> {
    let before = store.snapshot().unwrap();
    let counts = store.counts().unwrap();
    match store.import(bytes) {
        Err(e) => {
            prop_assert!(!e.told().trim().is_empty());
            prop_assert_eq!(store.snapshot().unwrap(), before);
        }
        Ok(report) => kept_as_reported(store, counts, &report)?,
    }
    Ok(())
}

/// After an import the file allowed (the damage fell where it changed a value, or nowhere
/// that matters): the store holds exactly what the report says came in, and every record
/// refused is named with its reason.
fn kept_as_reported(
    store: &Store,
    mut before: Counts,
    report: &ImportReport,
) -> Result<(), TestCaseError> {
    let mut after = store.counts().unwrap();
    let mut added = report.added;
    for kind in Kind::ALL {
        prop_assert_eq!(
            *after.of(kind),
            *before.of(kind) + *added.of(kind),
            "{:?}: {:?} then {:?}",
            kind,
            before,
            report
        );
    }
    for r in &report.rejected {
        prop_assert!(!r.reason.to_string().trim().is_empty(), "{:?}", r);
    }
    Ok(())
}

#[test]
fn a_file_without_the_fields_the_format_does_not_require_still_imports() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    let fields = file.as_object_mut().unwrap();
    fields.remove("app_version");
    fields.remove("exported_at");
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(
        normalized(&target.snapshot().unwrap()),
        normalized(&source.snapshot().unwrap())
    );
    // Only the format's own name and version are needed to be read at all.
    let bare = json!({ "format": "mend-export", "format_version": 2 });
    let report = target.import(&serde_json::to_vec(&bare).unwrap()).unwrap();
    assert_eq!(report.added.total() + report.updated.total(), 0);
}

/// A store with a time together (with the swap game's rounds) and a line of one's own, as
/// well as everything `fill` keeps.
fn fill_with_together_and_help(store: &mut Store) {
    use mend::domain::help::OwnLine;
    use mend::domain::together::{Band, Flow, Helped, Step, content};
    fill(store);
    let now = at("2026-11-24T19:00:00+01:00");
    let c = content();
    let mut flow = Flow::new(Band::NineToTwelve);
    let feeling = c.feelings(Band::NineToTwelve).nth(2).unwrap().id.clone();
    flow.choose_feeling(c, &feeling);
    let sentence = c.sentences(Band::NineToTwelve, &feeling)[1].id.clone();
    flow.choose_sentence(c, &sentence);
    flow.choose_help(c, Helped::Own("Make pancakes 🥞".to_owned()))
        .unwrap();
    flow.play_swap();
    while let Step::Swap(round) = flow.step {
        flow.pick(c, 1, now);
        let _ = round;
        flow.after_talk(c);
    }
    let session = flow.kept(c, PracticeId::random(), now).unwrap();
    store.save_together(&session, &now).unwrap();
    let line = OwnLine {
        id: mend::domain::HelpLineId::random(),
        name: "Ma thérapeute".to_owned(),
        number: "+33 1 23 45 67 89".to_owned(),
        texts: true,
        note: "Le mardi".to_owned(),
    };
    store.save_help_line(&line, &now).unwrap();
}

#[test]
fn times_together_and_own_lines_make_the_round_trip_and_a_version_2_file_still_imports() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill_with_together_and_help(&mut source);
    let bytes = export_bytes(&source);
    let file: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(file["format_version"], json!(FORMAT_VERSION));
    let sessions = file["practice_sessions"].as_array().unwrap();
    let together = sessions.iter().find(|s| s["kind"] == "together").unwrap();
    assert_eq!(together["together"]["band"], "9_12");
    assert_eq!(together["together"]["helped"], "Make pancakes 🥞");
    assert_eq!(together["cards"].as_array().unwrap().len(), 3);
    assert_eq!(file["help_lines"][0]["number"], "+33 1 23 45 67 89");

    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&bytes).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    assert_eq!(report.added.help_lines, 1);
    assert_eq!(
        normalized(&target.snapshot().unwrap()),
        normalized(&source.snapshot().unwrap())
    );

    let mut v2 = file.clone();
    as_version_2(&mut v2);
    let c = TempDir::new().unwrap();
    let mut older = open(c.path());
    let report = older.import(&serde_json::to_vec(&v2).unwrap()).unwrap();
    assert!(report.rejected.is_empty(), "{:?}", report.rejected);
    let got = older.snapshot().unwrap();
    assert_eq!(got.practice_sessions.len(), sessions.len() - 1);
    assert!(
        got.practice_sessions
            .iter()
            .all(|s| s.kind == "cards" && s.together.is_none())
    );
    assert!(got.help_lines.is_empty());
}

#[test]
fn a_time_together_or_a_line_that_does_not_read_is_rejected_with_its_reason() {
    let a = TempDir::new().unwrap();
    let mut source = open(a.path());
    fill_with_together_and_help(&mut source);
    let mut file: Value = serde_json::from_slice(&export_bytes(&source)).unwrap();
    let sessions = file["practice_sessions"].as_array_mut().unwrap();
    let together = sessions
        .iter()
        .position(|s| s["kind"] == "together")
        .unwrap();
    let mut no_words = sessions[together].clone();
    no_words["id"] = json!(uuid::Uuid::new_v4());
    no_words.as_object_mut().unwrap().remove("together");
    let mut odd_band = sessions[together].clone();
    odd_band["id"] = json!(uuid::Uuid::new_v4());
    odd_band["together"]["band"] = json!("adult");
    let mut odd_kind = sessions[together].clone();
    odd_kind["id"] = json!(uuid::Uuid::new_v4());
    odd_kind["kind"] = json!("duet");
    sessions.extend([no_words, odd_band, odd_kind]);
    let mut bad_line = file["help_lines"][0].clone();
    bad_line["id"] = json!(uuid::Uuid::new_v4());
    bad_line["number"] = json!("call me maybe");
    file["help_lines"].as_array_mut().unwrap().push(bad_line);
    let b = TempDir::new().unwrap();
    let mut target = open(b.path());
    let report = target.import(&serde_json::to_vec(&file).unwrap()).unwrap();
    let why = reasons(&report);
    assert_eq!(why.len(), 4, "{why:#?}");
    assert!(
        why.iter().any(|r| r.contains("without what was chosen")),
        "{why:#?}"
    );
    assert!(why.iter().any(|r| r.contains("age band")), "{why:#?}");
    assert!(
        why.iter()
            .any(|r| r.contains("the kind of practice \"duet\" is not one Mend knows")),
        "{why:#?}"
    );
    assert!(
        why.iter()
            .any(|r| r.contains("doesn't look like a phone number")),
        "{why:#?}"
    );
    assert_eq!(
        report.added.practice_sessions,
        file["practice_sessions"].as_array().unwrap().len() - 3
    );
    assert_eq!(report.added.help_lines, 1);
}

/// A file an import through the page was receiving when Mend stopped (a crash, the phone
/// ending it) is removed the next time the data opens, and the data is untouched; a file
/// received whole is imported from its own private file, as the page's import does.
#[test]
fn a_file_left_arriving_by_a_crash_is_removed_when_the_data_next_opens() {
    use mend::store::transfer::Incoming;
    let dir = TempDir::new().unwrap();
    let mut store = open(dir.path());
    let other = TempDir::new().unwrap();
    let mut source = open(other.path());
    let rupture = Rupture {
        id: RuptureId::random(),
        at: at(T0),
        person_id: None,
        what: Note::parse("Sent in pieces", "what happened").unwrap(),
        severity: Severity::new(2).unwrap(),
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    source.save_rupture(&rupture, &at(T0)).unwrap();
    let file = other.path().join("export.json");
    source.export_to(&file, None, at(T0)).unwrap();
    let bytes = fs::read(&file).unwrap();

    // Whole, in two pieces: imported from the private file, which then goes.
    let mut incoming = Incoming::begin(dir.path(), bytes.len() as u64).unwrap();
    let half = bytes.len() / 2;
    incoming.add(0, &bytes[..half]).unwrap();
    incoming.add(0, &bytes[half..]).unwrap();
    let arrived = incoming.finish().unwrap();
    let report = store.import_file(arrived.path()).unwrap();
    assert_eq!(report.added.ruptures, 1);
    drop(arrived);
    assert_eq!(
        fs::read_dir(dir.path().join("incoming")).unwrap().count(),
        0
    );

    // Half of it, when the process was killed: what it left is swept at the next opening.
    let left = dir.path().join("incoming").join("import-0f0f.json.part");
    fs::write(&left, &bytes[..half]).unwrap();
    drop(store);
    let mut store = open(dir.path());
    store.finish_opening(&minutes(1)).unwrap();
    assert!(!left.exists(), "the half file is gone");
    assert_eq!(store.counts().unwrap().ruptures, 1);
}

/// A file that came through the page is imported from where it lies, its pages given back
/// as the import goes (a stretch of a few MB at a time): the same report and the same data
/// as importing its bytes.
#[test]
fn a_file_imported_from_where_it_arrived_gives_what_its_bytes_give() {
    use mend::store::transfer::Incoming;
    let bytes = two_years_exported();
    assert!(
        bytes.len() > 2 * (4 << 20),
        "several stretches: {}",
        bytes.len()
    );
    let dirs = alike_stores(2);
    let mut one = open(dirs[0].path());
    let expected = one.import(&bytes).unwrap();

    let mut other = open(dirs[1].path());
    let mut incoming = Incoming::begin(dirs[1].path(), bytes.len() as u64).unwrap();
    for piece in bytes.chunks(1 << 20) {
        incoming.add(0, piece).unwrap();
    }
    let arrived = incoming.finish().unwrap();
    let report = other.import_arrived(&arrived).unwrap();
    assert_eq!(report.summary(), expected.summary());
    assert!(report.added.total() > 10_000, "{}", report.summary());
    assert!(exported(&mut other, dirs[1].path()) == exported(&mut one, dirs[0].path()));
}

/// The stores a test compares: alike to begin with (a store makes a few records of its own
/// when it first opens), each in its own folder.
fn alike_stores(count: usize) -> Vec<TempDir> {
    let first = TempDir::new().unwrap();
    drop(open(first.path()));
    (0..count)
        .map(|_| {
            let dir = TempDir::new().unwrap();
            for entry in fs::read_dir(first.path()).unwrap() {
                let entry = entry.unwrap();
                if entry.file_type().unwrap().is_file() {
                    fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
                }
            }
            dir
        })
        .collect()
}

/// A store's data as its export gives it, byte for byte.
fn exported(store: &mut Store, dir: &Path) -> Vec<u8> {
    let out = dir.join("back.json");
    store.export_to(&out, None, at(T0)).unwrap();
    fs::read(out).unwrap()
}

/// Two years of generated history, as `mend export` writes it.
fn two_years_exported() -> Vec<u8> {
    use mend::store::synthetic::Spec;
    let source = TempDir::new().unwrap();
    let mut store = open(source.path());
    store
        .generate(Spec::TEN_YEARS.over_years(2), &at(T0))
        .unwrap();
    let file = source.path().join("export.json");
    store.export_to(&file, None, at(T0)).unwrap();
    fs::read(&file).unwrap()
}

/// A file coming through the page is imported while it comes: the import reads as far as
/// has come (here the whole first half, and the second but for its last piece, before that
/// piece is sent), and once the last piece is in it gives the same report and the same data
/// as importing the file's bytes. So it does for the file as Mend writes it, and written
/// compactly with words that hold quotes, brackets, backslashes, tabs and emoji.
#[test]
fn a_file_is_imported_while_it_arrives_to_what_its_bytes_give() {
    use mend::store::transfer::format::ExportFile;
    let bytes = two_years_exported();
    imported_while_it_arrives(&bytes);

    let mut file: ExportFile = serde_json::from_slice(&bytes).unwrap();
    let odd = "a \"quoted\" ]} word \\ [{ with\ta tab, é and 😀 }";
    file.app_version = Some(odd.to_owned());
    for list in [&mut file.ruptures, &mut file.checkins] {
        for record in list.iter_mut().take(50) {
            for field in ["what", "note"] {
                if record.get(field).is_some_and(serde_json::Value::is_string) {
                    record[field] = odd.into();
                }
            }
        }
    }
    let compact = serde_json::to_vec(&file).unwrap();
    assert!(
        compact.windows(4).any(|w| w == b"\\\\ ["),
        "an escaped backslash"
    );
    imported_while_it_arrives(&compact);
}

/// Imports `bytes` as they arrive in two parts side by side (see the test above), and
/// checks it gives what importing them whole gives.
fn imported_while_it_arrives(bytes: &[u8]) {
    use mend::store::transfer::Incoming;
    let dirs = alike_stores(2);
    let mut one = open(dirs[0].path());
    let expected = one.import(bytes).unwrap();

    let mut other = open(dirs[1].path());
    let half = (bytes.len() / 2) as u64;
    let mut incoming =
        Incoming::begin_in_parts(dirs[1].path(), bytes.len() as u64, &[0, half]).unwrap();
    let arriving = incoming.arriving().unwrap();
    let (first, second) = bytes.split_at(half as usize);
    let second: Vec<&[u8]> = second.chunks(64 * 1024).collect();
    let (last, before_last) = second.split_last().unwrap();
    let report = std::thread::scope(|scope| {
        let import = scope.spawn(|| other.import_arriving(&arriving));
        // The two parts side by side, as the page's workers send them.
        for (i, piece) in first.chunks(64 * 1024).enumerate() {
            incoming.add(0, piece).unwrap();
            if let Some(piece) = before_last.get(i) {
                incoming.add(1, piece).unwrap();
            }
        }
        for piece in before_last.iter().skip(first.len().div_ceil(64 * 1024)) {
            incoming.add(1, piece).unwrap();
        }
        let ready = bytes.len() as u64 - last.len() as u64;
        let waited = std::time::Instant::now();
        while arriving.read() < ready && waited.elapsed() < std::time::Duration::from_secs(120) {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(arriving.read(), ready, "the import read all that had come");
        assert!(!import.is_finished(), "it waits for the last piece");
        incoming.add(1, last).unwrap();
        let arrived = incoming.finish().unwrap();
        // The file's name goes at once; the import still reads it.
        drop(arrived);
        import.join().unwrap()
    })
    .unwrap();
    assert_eq!(report.summary(), expected.summary());
    assert!(report.added.total() > 10_000, "{}", report.summary());
    assert!(exported(&mut other, dirs[1].path()) == exported(&mut one, dirs[0].path()));
}

/// A file that stops coming part of the way, whichever way it stops, writes nothing, and
/// the import says why.
#[test]
fn a_file_that_stops_arriving_while_imported_writes_nothing_and_says_why() {
    use mend::store::transfer::{ImportError, Incoming};
    let bytes = two_years_exported();
    let dir = TempDir::new().unwrap();
    let mut store = open(dir.path());
    let before = store.counts().unwrap();
    let size = bytes.len() as u64;
    let most = &bytes[..bytes.len() * 3 / 4];
    type Stop = fn(Incoming) -> Option<ImportError>;
    let stops: [(Stop, &str); 3] = [
        // The page said all was sent, but a part is short.
        (|incoming| incoming.finish().err(), "only"),
        // A piece came out of its place.
        (
            |incoming| {
                incoming.stop(ImportError::Garbled);
                None
            },
            "pieces out of order",
        ),
        // The page went away (the screen was left).
        (
            |incoming| {
                drop(incoming);
                None
            },
            "only",
        ),
    ];
    for (stop, said) in stops {
        let mut incoming = Incoming::begin(dir.path(), size).unwrap();
        let arriving = incoming.arriving().unwrap();
        let refused = std::thread::scope(|scope| {
            let import = scope.spawn(|| store.import_arriving(&arriving));
            for piece in most.chunks(256 * 1024) {
                incoming.add(0, piece).unwrap();
            }
            let waited = std::time::Instant::now();
            while arriving.read() < most.len() as u64
                && waited.elapsed() < std::time::Duration::from_secs(120)
            {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            assert_eq!(arriving.read(), most.len() as u64, "it read all that came");
            if let Some(told) = stop(incoming) {
                assert!(told.to_string().starts_with("only"), "{told}");
            }
            import.join().unwrap().unwrap_err()
        });
        assert!(refused.to_string().starts_with(said), "{refused}");
        assert_eq!(store.counts().unwrap(), before);
    }
    assert_eq!(
        fs::read_dir(dir.path().join("incoming")).unwrap().count(),
        0,
        "every file is gone"
    );
}

/// A file Mend did not write in its own order (its lists sorted by name, as a program
/// rewriting it might), and files that are damaged, not Mend's, newer, followed by more
/// text, or nested as deep as a file may or deeper, arriving: each
/// gives what importing its bytes gives, the same report or the same refusal, and a refused
/// one writes nothing.
#[test]
fn an_arriving_file_not_in_mends_order_or_refused_gives_what_its_bytes_give() {
    use mend::store::transfer::Incoming;
    let bytes = two_years_exported();
    let sorted =
        serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(&bytes).unwrap()).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // A record half-way through whose text is broken: some were written before it is read.
    let middle = text[text.len() / 2..].find("\"id\":").unwrap() + text.len() / 2;
    let broken = format!("{}\"id\" {}", &text[..middle], &text[middle + 5..]);
    let cut = &bytes[..bytes.len() - 10];
    let newer = text.replacen("\"format_version\": 5", "\"format_version\": 99", 1);
    assert_ne!(newer, text, "the version is where it is looked for");
    let trailing = format!("{text} x");
    // A part nested as deep as a file may hold, and one level deeper.
    let nested = |depth: usize| {
        format!(
            "{{\"format\": \"mend-export\", \"format_version\": 5, \"parts\": [{}{}]}}",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let (deepest, too_deep) = (nested(126), nested(127));
    let files: [&[u8]; 8] = [
        &sorted,
        broken.as_bytes(),
        cut,
        newer.as_bytes(),
        b"{\"hello\": [1, 2, 3]}",
        trailing.as_bytes(),
        deepest.as_bytes(),
        too_deep.as_bytes(),
    ];
    for file in files {
        let dirs = alike_stores(2);
        let mut one = open(dirs[0].path());
        let expected = one
            .import(file)
            .map(|r| r.summary())
            .map_err(|e| e.to_string());
        let mut other = open(dirs[1].path());
        let before = other.counts().unwrap();
        let mut incoming = Incoming::begin(dirs[1].path(), file.len() as u64).unwrap();
        let arriving = incoming.arriving().unwrap();
        let got = std::thread::scope(|scope| {
            let import = scope.spawn(|| other.import_arriving(&arriving));
            for piece in file.chunks(256 * 1024) {
                incoming.add(0, piece).unwrap();
            }
            drop(incoming.finish().unwrap());
            import.join().unwrap()
        });
        let got = got.map(|r| r.summary()).map_err(|e| e.to_string());
        assert_eq!(got, expected);
        if got.is_err() {
            assert_eq!(other.counts().unwrap(), before);
        } else {
            assert!(exported(&mut other, dirs[1].path()) == exported(&mut one, dirs[0].path()));
        }
    }
}
