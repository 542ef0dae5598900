//! Reading never changes what was stored. Rows are written straight into the file with
//! rusqlite, holding values today's checks would refuse (an over-long note or name, a code
//! this build doesn't know, a day that is no date, a list that isn't one); then they are
//! read, edited and saved through the store, exported and imported, and nothing is lost or
//! changed without a word.

use chrono::NaiveDate;
use mend::domain::content::library;
use mend::domain::kept::Kept;
use mend::domain::part::PartRole;
use mend::domain::{
    CheckIn, CheckInId, Level, Name, Note, RepairStage, Rupture, RuptureId, RuptureStatus,
    SelfQuality, Severity,
};
use mend::store::{Parts, Store, StoreError};
use mend::ui::errors::Told;
use rusqlite::Connection;
use tempfile::TempDir;

mod common;
use common::at;

const T0: &str = "2026-11-23T20:00:00+01:00";

fn fresh() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open_in(dir.path()).unwrap();
    (dir, store)
}

/// A second handle on the same file, as another tool would have.
fn by_hand(store: &Store) -> Connection {
    Connection::open(store.path()).unwrap()
}

fn one_checkin(store: &mut Store) -> CheckIn {
    let part = store.list::<Parts>().unwrap()[0].id;
    let mut c = CheckIn::of_part(CheckInId::random(), at(T0), part);
    c.note = Note::parse("short", "the note").unwrap();
    store.save_checkin(&c, &at(T0)).unwrap();
    c
}

fn column(conn: &Connection, sql: &str, id: impl rusqlite::ToSql) -> String {
    conn.query_row(sql, [id], |r| r.get(0)).unwrap()
}

#[test]
fn an_over_long_note_and_unknown_codes_survive_an_edit_of_something_else() {
    let (_dir, mut store) = fresh();
    let c = one_checkin(&mut store);
    let long = "ä".repeat(10_001);
    by_hand(&store)
        .execute(
            "UPDATE checkins SET note = ?2, age_band = 'ancient',
                 self_qualities = '[\"calm\",\"serenity\"]' WHERE id = ?1",
            rusqlite::params![c.id, long],
        )
        .unwrap();

    // Read as it was kept: the whole note, the codes as they are.
    let mut read = store.checkin(c.id).unwrap();
    assert_eq!(read.note.as_str(), long);
    assert_eq!(read.age, Some(Kept::Unknown("ancient".to_owned())));
    assert_eq!(
        read.self_qualities,
        vec![
            Kept::Known(SelfQuality::Calm),
            Kept::Unknown("serenity".to_owned())
        ]
    );
    assert!(
        read.note
            .kept_notice(mend::domain::i18n::Lang::ENGLISH, "the note")
            .unwrap()
            .contains("10,001")
    );

    // The person changes only how strong it is, and saves.
    read.intensity = Level::new(7);
    store.save_checkin(&read, &at(T0)).unwrap();
    let conn = by_hand(&store);
    let sql = |col: &str| format!("SELECT {col} FROM checkins WHERE id = ?1");
    assert_eq!(
        column(&conn, &sql("note"), c.id),
        long,
        "nothing of the note lost"
    );
    assert_eq!(column(&conn, &sql("age_band"), c.id), "ancient");
    assert_eq!(
        column(&conn, &sql("self_qualities"), c.id),
        "[\"calm\",\"serenity\"]"
    );
    assert_eq!(store.checkin(c.id).unwrap().intensity, Level::new(7));

    // A changed note is checked as usual: the screen says why it can't be saved.
    let edited = read.note.edited(&format!("{long}!"), "the note");
    assert!(edited.unwrap_err().to_string().contains("10,002"));
    // Left as it was, it is kept exactly.
    assert_eq!(read.note.edited(&long, "the note").unwrap(), read.note);
}

#[test]
fn an_over_long_name_and_an_unknown_role_are_kept_through_a_save_of_the_part() {
    let (_dir, mut store) = fresh();
    let part = store.list::<Parts>().unwrap()[0].id;
    let long_name = "n".repeat(70);
    by_hand(&store)
        .execute(
            "UPDATE parts SET name = ?2, role = 'guardian', notes = '  spaced  ' WHERE id = ?1",
            rusqlite::params![part, long_name],
        )
        .unwrap();
    let record = store.part(part).unwrap();
    assert_eq!(record.details.name.as_str(), long_name, "not cut");
    assert_eq!(
        record.details.role,
        Some(Kept::Unknown("guardian".to_owned()))
    );
    assert_eq!(record.details.notes.as_str(), "  spaced  ");
    assert!(!record.details.name.fits());

    // The form, changed only in its fears, saves the rest as it was.
    let mut draft = record.details.draft();
    draft.fears = "being left".to_owned();
    let details = draft.parse(Some(&record.details)).unwrap();
    store.save_part(part, &details, &at(T0)).unwrap();
    let conn = by_hand(&store);
    let sql = |col: &str| format!("SELECT {col} FROM parts WHERE id = ?1");
    assert_eq!(column(&conn, &sql("name"), part), long_name);
    assert_eq!(column(&conn, &sql("role"), part), "guardian");
    assert_eq!(column(&conn, &sql("notes"), part), "  spaced  ");
    assert_eq!(column(&conn, &sql("fears"), part), "being left");

    // Choosing a role replaces the unknown one: that is the person's edit.
    let mut draft = details.draft();
    draft.role = Some(PartRole::Exile.into());
    let chosen = draft.parse(Some(&details)).unwrap();
    store.save_part(part, &chosen, &at(T0)).unwrap();
    assert_eq!(column(&by_hand(&store), &sql("role"), part), "exile");
}

#[test]
fn a_repair_at_a_stage_this_build_does_not_know_stays_there_until_moved_on() {
    let (_dir, mut store) = fresh();
    let rupture = Rupture {
        id: RuptureId::random(),
        at: at(T0),
        person_id: None,
        what: Note::parse_required("we argued", "what happened").unwrap(),
        severity: Severity::DEFAULT,
        status: RuptureStatus::Open,
        repaired_at: None,
    };
    store.save_rupture(&rupture, &at(T0)).unwrap();
    let repair = store.begin_repair(rupture.id, &at(T0)).unwrap();
    by_hand(&store)
        .execute(
            "UPDATE repairs SET stage = 'wander' WHERE id = ?1",
            [repair.id],
        )
        .unwrap();
    let mut read = store.repair(repair.id).unwrap();
    assert_eq!(read.stage, Kept::Unknown("wander".to_owned()));
    assert_eq!(
        read.at_stage(),
        RepairStage::FIRST,
        "shown from the first step"
    );
    read.intention = Note::parse("breathe first", "the intention").unwrap();
    store.advance_repair(&read, &at(T0)).unwrap();
    let sql = "SELECT stage FROM repairs WHERE id = ?1";
    assert_eq!(column(&by_hand(&store), sql, repair.id), "wander");
}

#[test]
fn a_list_that_does_not_read_is_an_error_naming_it_never_an_empty_list() {
    let (_dir, mut store) = fresh();
    let c = one_checkin(&mut store);
    by_hand(&store)
        .execute(
            "UPDATE checkins SET fears = 'being left, being blamed' WHERE id = ?1",
            [c.id],
        )
        .unwrap();
    let err = store.checkin(c.id).unwrap_err();
    assert!(matches!(err, StoreError::Sqlite(_)), "{err:?}");
    assert!(err.told().contains("left it exactly as it is"), "{err}");
    let sql = "SELECT fears FROM checkins WHERE id = ?1";
    assert_eq!(
        column(&by_hand(&store), sql, c.id),
        "being left, being blamed",
        "left as it was"
    );
}

#[test]
fn an_export_of_kept_values_imports_back_whole_or_each_refusal_is_reported() {
    let (_dir, mut store) = fresh();
    let fine = one_checkin(&mut store);
    let long = one_checkin(&mut store);
    let coded = one_checkin(&mut store);
    let prompt = &library().prompts[0];
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let answer = Note::parse("thankful", "your answer").unwrap();
    let reflection = store
        .save_reflection(day, prompt, &answer, None, &at(T0))
        .unwrap();
    let conn = by_hand(&store);
    conn.execute(
        "UPDATE checkins SET note = ?2 WHERE id = ?1",
        rusqlite::params![long.id, "x".repeat(10_001)],
    )
    .unwrap();
    conn.execute(
        "UPDATE checkins SET age_band = 'ancient' WHERE id = ?1",
        [coded.id],
    )
    .unwrap();
    conn.execute(
        "UPDATE reflections SET day = '2026-02-30' WHERE id = ?1",
        [reflection],
    )
    .unwrap();

    // The export carries every value as it is kept.
    let snapshot = store.snapshot().unwrap();
    let exported = |id: CheckInId| snapshot.checkins.iter().find(|c| c.id == id.0).unwrap();
    assert_eq!(exported(long.id).note.chars().count(), 10_001);
    assert_eq!(exported(coded.id).age_band.as_deref(), Some("ancient"));
    assert_eq!(snapshot.reflections[0].day, "2026-02-30");
    let bytes = serde_json::to_vec(&snapshot.to_file(at(T0))).unwrap();

    // Into an empty store: the fine one comes in whole; each of the others is refused,
    // named, with its reason.
    let (_dir2, mut other) = fresh();
    let report = other.import(&bytes).unwrap();
    assert_eq!(report.added.checkins, 1);
    assert_eq!(other.checkin(fine.id).unwrap().note.as_str(), "short");
    let refused = |id: String| {
        report
            .rejected
            .iter()
            .find(|r| r.id.as_deref() == Some(id.as_str()))
            .unwrap_or_else(|| panic!("{id} is reported: {:?}", report.rejected))
            .reason
            .to_string()
    };
    assert!(refused(long.id.0.to_string()).contains("10,001"));
    assert!(refused(coded.id.0.to_string()).contains("ancient"));
    assert!(refused(reflection.0.to_string()).contains("2026-02-30"));
    assert_eq!(report.rejected.len(), 3, "{:?}", report.rejected);

    // Reading the kept day back shows it as it is, never as another day.
    let read = store.reflection(reflection).unwrap();
    assert_eq!(read.day, Kept::Unknown("2026-02-30".to_owned()));
    assert!(store.reflection_on(day).unwrap().is_none());
}

#[test]
fn a_kept_name_reads_whole_on_every_list() {
    let (_dir, store) = fresh();
    let part = store.list::<Parts>().unwrap()[0].id;
    let long_name = "ø".repeat(80);
    by_hand(&store)
        .execute(
            "UPDATE parts SET name = ?2 WHERE id = ?1",
            rusqlite::params![part, long_name],
        )
        .unwrap();
    assert_eq!(store.named::<Parts>(part).unwrap().name, long_name);
    assert!(
        store
            .part_summaries()
            .unwrap()
            .iter()
            .any(|s| s.part.name == long_name)
    );
    // Kept as it was, it still isn't a name today's checks make.
    assert!(Name::parse(&long_name).is_err());
}

#[test]
fn settings_that_cannot_be_read_are_shown_as_defaults_and_never_overwritten() {
    let (_dir, mut store) = fresh();
    let mut settings = store.settings().unwrap();
    settings.welcomed = true;
    store.save_settings(&settings).unwrap();
    let kept = r#"{"theme":"sepia","welcomed":true,"app_lock":{"pin_hash":"x","after":"never"}}"#;
    by_hand(&store)
        .execute("UPDATE settings SET value = ?1", [kept])
        .unwrap();
    // Shown as the defaults, so Mend still opens.
    assert!(!store.settings().unwrap().welcomed);
    // A change would overwrite what is there, so it is refused with a word, and the saved
    // value is left as it was.
    let err = store
        .save_settings(&mend::store::Settings::default())
        .unwrap_err();
    assert!(
        err.told().contains("left them exactly as they are"),
        "{err}"
    );
    assert!(
        store
            .set_app_lock("1234", mend::domain::lock::LockAfter::default())
            .is_err()
    );
    let sql = "SELECT value FROM settings WHERE key = ?1";
    assert_eq!(column(&by_hand(&store), sql, "app"), kept);
}

#[test]
fn a_pause_planned_to_end_before_it_started_keeps_its_times_through_a_save() {
    use mend::domain::{Pause, PauseId, PauseLength, PausePhase};
    let (_dir, mut store) = fresh();
    let p = Pause::start(PauseId::random(), at(T0), PauseLength::DEFAULT, None);
    store.save_pause(&p, &at(T0)).unwrap();
    let end_before_start = at(T0).timestamp_millis() - 60_000;
    by_hand(&store)
        .execute(
            "UPDATE pauses SET planned_end_ms = ?2 WHERE id = ?1",
            rusqlite::params![p.id(), end_before_start],
        )
        .unwrap();

    // Read as it was kept: its time is up, with nothing planned, and no negative minutes.
    let read = store.pause(p.id()).unwrap();
    assert_eq!(read.planned_end().timestamp_millis(), end_before_start);
    assert_eq!(read.phase(at(T0)), PausePhase::TimeUp);
    assert_eq!(read.planned_minutes(), 0);

    // Saved again unchanged (as the pause screen does when it links a rupture), the stored
    // end is the same.
    store.save_pause(&read, &at(T0)).unwrap();
    let kept: i64 = by_hand(&store)
        .query_row(
            "SELECT planned_end_ms FROM pauses WHERE id = ?1",
            [p.id()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, end_before_start);
}

#[test]
fn a_pin_set_is_still_asked_for_when_the_rest_of_the_settings_cannot_be_read() {
    use mend::domain::lock::{LockAfter, PinOutcome};
    let (_dir, mut store) = fresh();
    store.set_app_lock("2468", LockAfter::default()).unwrap();
    assert!(store.settings_readable().unwrap());
    // Another version saved a theme this one doesn't know.
    by_hand(&store)
        .execute(
            "UPDATE settings SET value = json_set(value, '$.theme', 'sepia')",
            [],
        )
        .unwrap();
    assert!(!store.settings_readable().unwrap());

    // The lock holds: Mend asks for the PIN, and only the right one opens.
    let shown = store.settings().unwrap();
    assert!(
        shown.app_lock.is_some(),
        "the lock is kept from what was saved"
    );
    let now = at(T0);
    assert!(matches!(
        store.try_pin("1111", &now).unwrap(),
        PinOutcome::Wrong { .. }
    ));
    assert_eq!(store.settings().unwrap().lock_failures, 1);
    assert_eq!(store.try_pin("2468", &now).unwrap(), PinOutcome::Open);

    // Counting the tries changed only the count: the theme is still the other version's.
    let sql = "SELECT json_extract(value, '$.theme') || ',' || json_extract(value, '$.lock_failures') FROM settings WHERE key = ?1";
    assert_eq!(column(&by_hand(&store), sql, "app"), "sepia,0");
}
